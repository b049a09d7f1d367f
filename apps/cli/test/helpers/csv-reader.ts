/** A strict RFC 4180 reader, used only to check what the CLI's CSV writer produces. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      i++;
      while (true) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== "," && !text.startsWith("\r\n", i))
        throw new Error(`junk after quote at ${i}`);
    } else if (ch === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (ch === '"' || ch === "\r" || ch === "\n") {
      throw new Error(`bare ${JSON.stringify(ch)} in unquoted field at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record does not end with CRLF");
  return records;
}
