import { expect, test } from "vitest";

const encoder = new TextEncoder();

/** `head`, `piece` repeated and ASCII padding to exactly `bytes` bytes of UTF-8, then `tail`. */
function sized(head: string, piece: string, tail: string, bytes: number): string {
  const fixed = encoder.encode(head + tail).byteLength;
  const count = Math.max(0, Math.floor((bytes - fixed) / encoder.encode(piece).byteLength));
  const body = head + piece.repeat(count);
  return body + "\n".repeat(bytes - encoder.encode(body + tail).byteLength) + tail;
}

/**
 * The kinds session 38 taught core to read, each in a hostile shape (docs/reliability.md, seventeenth round): a Typst
 * page with a table of a billion columns and a call left open, TOML front matter never closed, object literals of
 * headlines in code none of which close, a SQL dump whose two heads share an id before rows of text.
 */
const KINDS: { name: string; filename: string; make: (bytes: number) => string }[] = [
  {
    name: "a Typst page",
    filename: "page.typ",
    make: (bytes) =>
      sized(
        '#set text(lang: "zh")\n= 标题\n#table(columns: 999999999,\n',
        "[格], ",
        ")\n#figure(\n正文。\n",
        bytes,
      ),
  },
  {
    name: "TOML front matter never closed",
    filename: "post.md",
    make: (bytes) => sized('+++\ntitle = "标题"\nsummary = """\n', 'key = "值"\n[t]\n', "", bytes),
  },
  {
    name: "records in code",
    filename: "mock.js",
    make: (bytes) => sized("export default { data: [", "{ title: '标题', content: '正文", "", bytes),
  },
  {
    name: "a SQL dump joining heads of one id",
    filename: "news.sql",
    make: (bytes) =>
      sized(
        "INSERT INTO `ecms_news` (`id`, `title`, `newstime`) VALUES (1, '标题', '2021-03-15 21:31:36'), (1, '标题', '2021-03-15 21:31:36');\nINSERT INTO `news` (`id`, `title`, `content`) VALUES ",
        "(2, '标题', '正文。'), ",
        "(3, '标题', '正文。');\n",
        bytes,
      ),
  },
];

/** What a body at the limit may get: its Articles, or a 4xx problem a client can act on. */
const AT_LIMIT = ["200", "413 body-too-large", "422 parse-budget-exceeded"];

/**
 * Each new kind posted to parse at the body limit and one byte past it: a parse or a 4xx problem+json at the limit,
 * 413 `body-too-large` past it; never a 5xx, and nothing stored.
 */
export function defineNewKinds(options: {
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  token: string;
  bodyLimit: number;
}): void {
  test("session 38's kinds (Typst, TOML front matter, records in code, a SQL join) at the body limit and past it", async () => {
    const articles = async () =>
      ((await (await options.fetch("/v1/stats")).json()) as { articles: number }).articles;
    const before = await articles();
    const wrong: string[] = [];
    for (const kind of KINDS) {
      for (const bytes of [options.bodyLimit, options.bodyLimit + 1]) {
        const body = kind.make(bytes);
        expect(encoder.encode(body).byteLength).toBe(bytes);
        const response = await options.fetch(`/v1/parse?filename=${kind.filename}`, {
          method: "POST",
          headers: { "content-type": "text/plain", authorization: `Bearer ${options.token}` },
          body,
        });
        const type = response.headers.get("content-type") ?? "";
        const code = response.status >= 400 ? ((await response.json()) as { code?: string }).code : undefined;
        if (response.status < 400) await response.arrayBuffer();
        const answer = `${response.status} ${code ?? ""}`.trim();
        // At the limit: a parse, or a refusal the client can act on (more records than RECORD_LIMIT: 413; a parse
        // past its work budget, which is wall-clock time, on a loaded machine: 422). Past it: 413, unread.
        const allowed =
          bytes === options.bodyLimit ? AT_LIMIT.includes(answer) : answer === "413 body-too-large";
        if (!allowed || (response.status >= 400 && type !== "application/problem+json"))
          wrong.push(`${kind.name}, ${bytes} bytes: ${answer} ${type}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await articles()).toBe(before);
  }, 600_000);
}
