import { describe, expect, test } from "vitest";
import { readDocuments } from "../../src/documents.js";

const ONE_FILE = { filename: "raw/photo.md", firstLine: 1 };

describe("readDocuments applies the input policy of every app", () => {
  test("a file that is not text is a failure, never an Article to store", () => {
    const bytes = new Uint8Array(300);
    for (let i = 0; i < bytes.length; i += 3) bytes[i] = (i * 7) & 0xff;
    expect(readDocuments(bytes, ONE_FILE)).toEqual({
      records: 1,
      articles: [],
      failures: [
        {
          ref: "file",
          code: "binary",
          message: "not a text file: 212 control character(s) such as NUL were removed",
        },
      ],
    });
  });

  test("a news file is one Article", () => {
    const documents = readDocuments(new TextEncoder().encode("标题\n\n正文第一段。"), ONE_FILE);
    expect(documents.records).toBe(1);
    expect(documents.failures).toEqual([]);
    expect(documents.articles.map((article) => article.title)).toEqual(["标题"]);
  });
});
