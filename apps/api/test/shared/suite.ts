import { describe, expect, test } from "vitest";
import { API_DOCUMENT } from "../../src/api-document.generated.js";

/** One input file for the suite, read by the runtime-specific test (Node: fs; workerd: a binding). */
export interface FileFixture {
  filename: string;
  content: string;
}

export interface SuiteOptions {
  /** Sends a request to the app under test. */
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  token: string;
  bodyLimit: number;
  /** Records one request may give (`RECORD_LIMIT`). */
  recordLimit: number;
  seeds: FileFixture[];
  /** Empty when ../shared/corpus is absent; corpus tests are then skipped. */
  corpus: FileFixture[];
}

interface Problem {
  type: string;
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

interface Summary {
  id: string;
  storyId: string | null;
  title: string;
  publishedAt: string | null;
  source: { name: string } | null;
  tags: string[];
  categories: string[];
  securities: { code: string; market: string }[];
}

interface Page {
  items: Summary[];
  nextCursor: string | null;
}

const SEED_000 = "NW202201302266849892";
const SEED_002 = "NW202204282363815497";
const SEED_003 = "NW202203172312487194";
/** Articles the stories tests ingest beside the seeds. */
const STORY_ARTICLES = 4;

/** Bytes that are clearly not text: NULs spread through (as in the CLI's tests). */
const BINARY = (() => {
  const bytes = new Uint8Array(300);
  for (let i = 0; i < bytes.length; i += 3) bytes[i] = (i * 7) & 0xff;
  return bytes;
})();

/** The same endpoint and error-code coverage on every runtime the app runs on. */
export function defineApiSuite(options: SuiteOptions): void {
  const { fetch, token } = options;
  const auth = { authorization: `Bearer ${token}` };
  const seed = (prefix: string) => {
    const file = options.seeds.find((candidate) => candidate.filename.startsWith(prefix));
    if (!file) throw new Error(`seed ${prefix} missing from the fixtures`);
    return file;
  };

  async function json<T>(response: Response, status = 200): Promise<T> {
    const text = await response.text();
    expect(response.status, text.slice(0, 500)).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return JSON.parse(text) as T;
  }

  async function expectProblem(response: Response, status: number, code: string): Promise<Problem> {
    const text = await response.text();
    expect(response.status, text.slice(0, 500)).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = JSON.parse(text) as Problem;
    expect(body).toMatchObject({ type: "about:blank", status, code });
    expect(body.detail).toBeTypeOf("string");
    return body;
  }

  const list = (query: Record<string, string>) => fetch(`/v1/articles?${new URLSearchParams(query)}`);

  /**
   * The ids a query finds, page by page, up to the page that holds `id` (every page when `id` is null or none holds
   * it): a common word matches hundreds of articles, and reading every page of each took the workerd suite past its
   * time limit on a loaded machine, for an answer the first pages already gave.
   */
  async function pagesUntil(query: Record<string, string>, id: string | null): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await json<Page>(
        await list({ ...query, limit: "100", ...(cursor ? { cursor } : {}) }),
      );
      ids.push(...page.items.map((item) => item.id));
      cursor = id !== null && ids.includes(id) ? null : page.nextCursor;
    } while (cursor);
    return ids;
  }

  /** Every id a query finds, following cursors to the last page. */
  const allIds = (query: Record<string, string>) => pagesUntil(query, null);

  const ingest = (body: BodyInit, contentType: string, query = "") =>
    fetch(`/v1/articles${query}`, {
      method: "POST",
      body,
      headers: { ...auth, "content-type": contentType },
    });

  describe("POST /v1/parse", () => {
    test("parses a raw text body, with the file name from the query", async () => {
      const file = seed("000");
      const article = await json<{
        id: string;
        title: string;
        publishedAt: string;
        source: { name: string };
      }>(
        await fetch(`/v1/parse?filename=${encodeURIComponent(file.filename)}`, {
          method: "POST",
          body: file.content,
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
      );
      expect(article).toMatchObject({
        id: SEED_000,
        title: "连续六年！中国太保产、寿险双膺经营评价A级",
        publishedAt: "2022-01-30T09:59:17+08:00",
        source: { name: "北方网" },
      });
    });

    test("parses bytes sent as application/octet-stream", async () => {
      const file = seed("002");
      const article = await json<{ id: string }>(
        await fetch("/v1/parse", {
          method: "POST",
          body: new TextEncoder().encode(file.content),
          headers: { "content-type": "application/octet-stream" },
        }),
      );
      expect(article.id).toBe(SEED_002);
    });

    test("reads GB18030 bytes whatever charset the header claims", async () => {
      // 中国太保 in GBK, as a title line and a body line.
      const title = [0xd6, 0xd0, 0xb9, 0xfa, 0xcc, 0xab, 0xb1, 0xa3];
      const article = await json<{ title: string; warnings: { code: string }[] }>(
        await fetch("/v1/parse", {
          method: "POST",
          body: new Uint8Array([...title, 0x0a, 0x0a, ...title, 0xa1, 0xa3, 0x0a]),
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
      );
      expect(article.title).toBe("中国太保");
      expect(article.warnings.map((warning) => warning.code)).toContain("encoding-gb18030");
    });

    test("parses JSON { content, filename }", async () => {
      const file = seed("001");
      const article = await json<{ title: string; editor: string; warnings: { code: string }[] }>(
        await fetch("/v1/parse", {
          method: "POST",
          body: JSON.stringify(file),
          headers: { "content-type": "application/json" },
        }),
      );
      expect(article.title).toBe("中国太保产险曾义:金融为民守初心,将消费者权益保护进行到底");
      expect(article.editor).toBe("马欣");
      expect(article.warnings.map((warning) => warning.code)).toContain("no-date");
    });

    test("400 invalid-json for a malformed JSON body", async () => {
      await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: "{ content:",
          headers: { "content-type": "application/json" },
        }),
        400,
        "invalid-json",
      );
    });

    test("422 invalid-request for JSON without content", async () => {
      const problem = await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: JSON.stringify({ filename: "a.md" }),
          headers: { "content-type": "application/json" },
        }),
        422,
        "invalid-request",
      );
      expect(problem.errors?.map((error) => error.path)).toContain("json.content");
    });

    test("415 unsupported-media-type for other content types and for a body without one", async () => {
      const refused = await fetch("/v1/parse", {
        method: "POST",
        body: "<a/>",
        headers: { "content-type": "application/xml" },
      });
      // The answer lists what the route takes, in the body and in Accept-Post.
      expect(refused.headers.get("accept-post")).toBe(
        "application/json, text/*, application/octet-stream, application/gzip, application/x-ndjson",
      );
      const body = await expectProblem(refused, 415, "unsupported-media-type");
      expect(body).toMatchObject({
        detail:
          "send the file with one of these Content-Types: application/json, text/*, application/octet-stream, application/gzip, application/x-ndjson",
        accepted: [
          "application/json",
          "text/*",
          "application/octet-stream",
          "application/gzip",
          "application/x-ndjson",
        ],
      });
      await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: "a=b",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
        415,
        "unsupported-media-type",
      );
      await expectProblem(
        await fetch("/v1/parse", { method: "POST", body: new TextEncoder().encode("标题\n正文") }),
        415,
        "unsupported-media-type",
      );
    });

    test("413 body-too-large over the body limit", async () => {
      await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: "财".repeat(Math.ceil(options.bodyLimit / 3) + 1),
          headers: { "content-type": "text/plain" },
        }),
        413,
        "body-too-large",
      );
    });

    test("422 binary-content for bytes that are not text: the input policy of every app", async () => {
      const body = await expectProblem(
        await fetch("/v1/parse?filename=photo.md", {
          method: "POST",
          body: BINARY,
          headers: { "content-type": "application/octet-stream" },
        }),
        422,
        "binary-content",
      );
      expect(body.detail).toBe(
        "not a text file: 212 control character(s) such as NUL were removed (photo.md)",
      );
      expect(body.errors).toEqual([{ path: "body", message: body.detail }]);
    });

    test("422 for a file name that is not a single query value", async () => {
      await expectProblem(
        await fetch("/v1/parse?filename=a&filename=b", {
          method: "POST",
          body: "x",
          headers: { "content-type": "text/plain" },
        }),
        422,
        "invalid-request",
      );
    });
  });

  describe("POST /v1/articles (auth)", () => {
    test("401 unauthorized without a token, with a wrong one, or with another scheme", async () => {
      const body = seed("003").content;
      for (const authorization of [undefined, "Bearer wrong-token", `Basic ${token}`, "Bearer"]) {
        const response = await fetch("/v1/articles", {
          method: "POST",
          body,
          headers: { "content-type": "text/plain", ...(authorization ? { authorization } : {}) },
        });
        await expectProblem(response, 401, "unauthorized");
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
      await expectProblem(await fetch(`/v1/articles/${SEED_003}`), 404, "not-found");
    });
  });

  describe("ingest, read and search the seeds", () => {
    test("ingests one raw file", async () => {
      const file = seed("003");
      const result = await json<{
        count: number;
        articles: { id: string; filename: string; warnings: unknown[] }[];
      }>(await ingest(file.content, "text/markdown", `?filename=${encodeURIComponent(file.filename)}`));
      expect(result.count).toBe(1);
      expect(result.articles[0]).toMatchObject({ id: SEED_003, filename: file.filename });
    });

    test("ingests a JSON array and JSON Lines, returning ids and warnings", async () => {
      const [first, second, ...rest] = options.seeds;
      const fromArray = await json<{
        count: number;
        articles: { id: string; warnings: { code: string }[] }[];
      }>(await ingest(JSON.stringify([first, second]), "application/json"));
      expect(fromArray.count).toBe(2);
      const jsonl = `${rest.map((file) => JSON.stringify(file)).join("\n")}\n\n`;
      const fromLines = await json<{
        count: number;
        articles: { id: string; warnings: { code: string }[] }[];
      }>(await ingest(jsonl, "application/x-ndjson"));
      expect(fromLines.count).toBe(rest.length);
      const warnings = [...fromArray.articles, ...fromLines.articles].flatMap((article) =>
        article.warnings.map((warning) => warning.code),
      );
      expect(warnings).toContain("future-year");
    });

    test("re-ingesting upserts by id instead of duplicating", async () => {
      const before = await json<{ articles: number }>(await fetch("/v1/stats"));
      await json(await ingest(JSON.stringify(seed("000")), "application/json"));
      const after = await json<{ articles: number }>(await fetch("/v1/stats"));
      expect(after.articles).toBe(before.articles);
      expect(after.articles).toBe(options.seeds.length);
    });

    test("a file that is not text refuses the whole ingest with 422 binary-content; nothing is stored", async () => {
      const before = await json<{ articles: number }>(await fetch("/v1/stats"));
      const files = [
        { content: "新的标题\n\n正文第一段。", filename: "new.txt" },
        { content: "\u0001\u0002abc".repeat(50), filename: "junk.md" },
      ];
      const body = await expectProblem(
        await ingest(JSON.stringify(files), "application/json"),
        422,
        "binary-content",
      );
      expect(body.detail).toBe("1 of 2 files refused; nothing of this request was stored");
      expect(body.errors).toEqual([
        {
          path: "body[1]",
          message: "not a text file: 100 control character(s) such as NUL were removed (junk.md)",
        },
      ]);
      expect(await json<{ articles: number }>(await fetch("/v1/stats"))).toEqual(before);
      await expectProblem(await ingest(BINARY, "application/octet-stream"), 422, "binary-content");
      expect(await json<{ articles: number }>(await fetch("/v1/stats"))).toEqual(before);
    });

    test("ingest errors: bad JSON line 400, bad element 422, wrong content type 415, too large 413", async () => {
      const first = await expectProblem(
        await ingest('{"content":"a"}\n{oops', "application/x-ndjson"),
        400,
        "invalid-json",
      );
      expect(first.detail).toContain("line 2");
      await expectProblem(await ingest('{"content": 1}', "application/x-ndjson"), 422, "invalid-request");
      await expectProblem(
        await ingest(JSON.stringify([{ content: "a" }, { text: "b" }]), "application/json"),
        422,
        "invalid-request",
      );
      await expectProblem(
        await ingest(JSON.stringify({ content: "a", extra: 1 }), "application/json"),
        422,
        "invalid-request",
      );
      await expectProblem(await ingest("<x/>", "image/png"), 415, "unsupported-media-type");
      await expectProblem(
        await ingest("x".repeat(options.bodyLimit + 1), "text/plain"),
        413,
        "body-too-large",
      );
    });

    test("a JSON body whose strings hold bytes that are not UTF-8 is 400 invalid-json naming the byte; nothing is stored", async () => {
      const stored = async () => (await json<{ articles: number }>(await fetch("/v1/stats"))).articles;
      const before = await stored();
      // `{"content":"沪深\xff300","filename":"x.txt"}`: the byte 0xFF sits at offset 18 (after 12 ASCII bytes and 沪深).
      const [head, tail] = ['{"content":"沪深', '300 涨停,title 之后","filename":"bad-utf8.txt"}'].map(
        (part) => new TextEncoder().encode(part),
      );
      const body = new Uint8Array([...head!, 0xff, ...tail!]);
      for (const [response, what] of [
        [
          await fetch("/v1/parse", { method: "POST", body, headers: { "content-type": "application/json" } }),
          "JSON",
        ],
        [await ingest(body, "application/json"), "JSON"],
        [
          await ingest(
            new Uint8Array([...new TextEncoder().encode('{"content":"a"}\n'), ...body]),
            "application/x-ndjson",
          ),
          "JSON Lines",
        ],
      ] as const) {
        const problem = await expectProblem(response, 400, "invalid-json");
        const offset = what === "JSON" ? 18 : 34;
        expect(problem.detail).toBe(
          `the ${what} body is not UTF-8: byte ${offset} (0xff) begins no UTF-8 sequence`,
        );
      }
      // A truncated sequence (the first two of 涨's three bytes before an ASCII letter) and an encoded surrogate.
      for (const bad of [
        [0xe6, 0xb6, 0x41],
        [0xed, 0xa0, 0x80],
      ]) {
        const problem = await expectProblem(
          await ingest(
            new Uint8Array([...new TextEncoder().encode('{"content":"'), ...bad, 0x22, 0x7d]),
            "application/json",
          ),
          400,
          "invalid-json",
        );
        expect(problem.detail).toContain("byte 12 ");
      }
      expect(await stored()).toBe(before);
    });

    test("GET /v1/articles/:id returns the whole Article; unknown ids are 404", async () => {
      const article = await json<{
        id: string;
        blocks: unknown[];
        html: string;
        securities: { code: string }[];
      }>(await fetch(`/v1/articles/${SEED_000}`));
      expect(article.id).toBe(SEED_000);
      expect(article.blocks.length).toBeGreaterThan(0);
      expect(article.securities.map((security) => security.code)).toEqual(
        expect.arrayContaining(["601601", "02601", "CPIC"]),
      );
      const missing = await expectProblem(await fetch("/v1/articles/NW000"), 404, "not-found");
      expect(missing.detail).toContain("NW000");
    });

    test("q=太保 finds the seeds about 中国太保, q=消费者权益 finds seed 001", async () => {
      const taibao = await allIds({ q: "太保" });
      expect(taibao).toEqual(expect.arrayContaining([SEED_000, SEED_002]));
      expect(taibao).not.toContain(SEED_003);
      const seed001 = await json<{ id: string }>(
        await fetch("/v1/parse", {
          method: "POST",
          body: JSON.stringify(seed("001")),
          headers: { "content-type": "application/json" },
        }),
      );
      expect(await allIds({ q: "消费者权益" })).toContain(seed001.id);
      // Every word must occur: only seed 000 also mentions the year 2105.
      expect(await allIds({ q: "太保 2105" })).toEqual([SEED_000]);
      expect(await allIds({ q: "太保 河北" })).toEqual([]);
    });

    test("sort=relevance puts the best matches first and pages through the same set", async () => {
      const byRelevance = await allIds({ q: "太保", sort: "relevance" });
      expect(new Set(byRelevance)).toEqual(new Set(await allIds({ q: "太保" })));
      const onePerPage: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await json<Page>(
          await list({ q: "太保", sort: "relevance", limit: "1", ...(cursor ? { cursor } : {}) }),
        );
        onePerPage.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(onePerPage).toEqual(byRelevance);
      const first = await json<Page>(await list({ q: "太保", sort: "relevance", limit: "1" }));
      const problem = await expectProblem(
        await list({ q: "太保", cursor: first.nextCursor! }),
        422,
        "invalid-request",
      );
      expect(problem.errors?.[0]?.path).toBe("query.cursor");
      const noQuery = await expectProblem(await list({ sort: "relevance" }), 422, "invalid-request");
      expect(noQuery.errors?.[0]?.path).toBe("query.sort");
      await expectProblem(await list({ q: "太保", sort: "oldest" }), 422, "invalid-request");
    });

    test("q of more terms than the store searches is a 422 naming q; a term written again is searched once", async () => {
      // Twenty-third round (session 45): on 7d4e17b2 a q of `财 ` 100 times (200 characters) ranked 100 prefix
      // searches (4.4 s over 200 articles in SQLite) and 33 words were all searched.
      const words = Array.from({ length: 33 }, (_, i) => `w${i}`).join(" ");
      const problem = await expectProblem(await list({ q: words }), 422, "invalid-request");
      expect(problem.errors?.[0]?.path).toBe("query.q");
      const repeated = await json<Page>(
        await list({ q: "太保 ".repeat(60).trim(), sort: "relevance", limit: "100" }),
      );
      expect(new Set(repeated.items.map((item) => item.id))).toEqual(new Set(await allIds({ q: "太保" })));
    });

    test("a parameter given twice is a list, which a parameter of one value refuses by name", async () => {
      const problem = await expectProblem(await fetch("/v1/articles?tag=a&tag=b"), 422, "invalid-request");
      expect(problem.errors).toEqual([
        { path: "query.tag", message: "Invalid input: expected string, received array" },
      ]);
    });

    test("a parameter whose percent escapes are not UTF-8 is refused by name; a % that begins no escape is itself", async () => {
      const notUtf8 = await expectProblem(await fetch("/v1/articles?q=%FF"), 422, "invalid-request");
      expect(notUtf8.errors).toEqual([
        {
          path: "query.q",
          message: "the value is not UTF-8 once percent-decoded: byte 0 (%FF) begins no UTF-8 sequence",
        },
      ]);
      const cut = await expectProblem(
        await fetch("/v1/articles?limit=5&source=%E5%A4%AA%E4%BF"),
        422,
        "invalid-request",
      );
      expect(cut.errors).toEqual([
        {
          path: "query.source",
          message: "the value is not UTF-8 once percent-decoded: byte 3 (%E4) begins no UTF-8 sequence",
        },
      ]);
      const name = await expectProblem(await fetch("/v1/articles?%C0%AE=1"), 422, "invalid-request");
      expect(name.errors?.[0]?.path).toBe("query");
      const parse = await expectProblem(
        await fetch("/v1/parse?filename=%ED%A0%80.md", {
          method: "POST",
          body: "x",
          headers: { "content-type": "text/plain" },
        }),
        422,
        "invalid-request",
      );
      expect(parse.errors?.[0]?.path).toBe("query.filename");
      await json<Page>(await fetch("/v1/articles?q=100%25&limit=1"));
      await json<Page>(await fetch("/v1/articles?q=100%&limit=1"));
      await json<Page>(await fetch("/v1/articles?q=%E5%A4%AA%E4%BF%9D&limit=1"));
    });

    test("FTS syntax in a query is searched as text, never a 500", async () => {
      for (const q of [
        '"',
        "太保 OR",
        "NEAR(太保",
        "*",
        "^太保",
        "a:b",
        "(((",
        "'; DROP TABLE articles; --",
        "—",
        "太\u0000保",
      ]) {
        const response = await list({ q });
        expect(response.status, q).toBe(200);
      }
      expect(await allIds({ q: '"太保"' })).toEqual(expect.arrayContaining([SEED_000, SEED_002]));
    });

    test("filters: source, security, tag, from/to", async () => {
      const beifang = await allIds({ source: "北方网" });
      expect(beifang).toEqual(expect.arrayContaining([SEED_000, SEED_002]));
      expect(beifang).not.toContain(SEED_003);
      expect(await allIds({ security: "02601" })).toEqual([SEED_000]);
      const page = await json<Page>(await list({ q: "太保" }));
      const tag = page.items.flatMap((item) => [...item.tags, ...item.categories])[0];
      expect(tag).toBeDefined();
      expect(await allIds({ tag: tag! })).toContain(
        page.items.find((item) => [...item.tags, ...item.categories].includes(tag!))!.id,
      );
      expect(await allIds({ from: "2022-04-28", to: "2022-04-28" })).toEqual([SEED_002]);
      expect(await allIds({ from: "2022-01-30T09:59:17+08:00", to: "2022-01-30T09:59:17+08:00" })).toEqual([
        SEED_000,
      ]);
      expect(await allIds({ to: "2022-03-17" })).toEqual([SEED_003, SEED_000]);
      expect(await allIds({ from: "2030-01-01" })).toEqual([]);
    });

    test("lists newest first, undated last, with cursors that visit every article once", async () => {
      const pages: Page[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await json<Page>(await list({ limit: "2", ...(cursor ? { cursor } : {}) }));
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor);
      const items = pages.flatMap((page) => page.items);
      expect(items.map((item) => item.id)).toHaveLength(options.seeds.length);
      expect(new Set(items.map((item) => item.id)).size).toBe(options.seeds.length);
      expect(pages.every((page) => page.items.length <= 2)).toBe(true);
      const dates = items.map((item) => item.publishedAt);
      expect(dates.at(-1)).toBeNull();
      const instants = dates.filter((date): date is string => date !== null).map((date) => Date.parse(date));
      expect(instants).toEqual([...instants].sort((a, b) => b - a));
    });

    test("422 for invalid list parameters", async () => {
      const invalid: Record<string, string>[] = [
        { limit: "101" },
        { limit: "0" },
        { limit: "ten" },
        { from: "yesterday" },
        { to: "2022-13-45" },
        { cursor: "not-a-cursor" },
        { cursor: btoa("[1,2]") },
        // Newest-first positions no page could have ended at: a date, not the store's instant; a NUL id.
        { cursor: btoa('["2022-01-30","NW202201302266849892"]').replace(/=+$/, "") },
        { cursor: btoa('["2022-01-30T01:59:17.000Z","\\u0000"]').replace(/=+$/, "") },
        { q: "" },
        { q: "x".repeat(201) },
      ];
      for (const query of invalid) {
        await expectProblem(await list(query), 422, "invalid-request");
      }
      await expectProblem(await fetch("/v1/articles?q=a&q=b"), 422, "invalid-request");
    });

    test("GET /v1/sources counts articles per source", async () => {
      const { sources } = await json<{ sources: { name: string; articles: number }[] }>(
        await fetch("/v1/sources"),
      );
      expect(sources.find((source) => source.name === "北方网")?.articles).toBe(2);
      expect(sources.map((source) => source.name)).toEqual(expect.arrayContaining(["河北日报", "雅安日报"]));
    });

    test("GET /v1/securities/:code gives listings and articles; unknown codes are 404", async () => {
      const report = await json<{
        code: string;
        listings: { market: string; articles: number }[];
        articles: Page;
      }>(await fetch("/v1/securities/601601"));
      expect(report.code).toBe("601601");
      expect(report.listings).toEqual([
        expect.objectContaining({ market: "SH", articles: expect.any(Number) }),
      ]);
      expect(report.articles.items.map((item) => item.id)).toContain(SEED_000);
      await expectProblem(await fetch("/v1/securities/999999"), 404, "not-found");
      // By name: every listing the articles give that name, and the company's listings from the dictionary.
      const byName = await json<{
        listings: { code: string; market: string }[];
        company: { name: string; listings: { code: string; market: string }[] } | null;
        articles: Page;
      }>(await fetch(`/v1/securities/${encodeURIComponent("中国太保")}`));
      expect(byName.listings.map((l) => `${l.code}.${l.market}`)).toEqual(
        expect.arrayContaining(["601601.SH", "02601.HK"]),
      );
      expect(byName.company?.name).toBe("中国太保");
      expect(byName.company?.listings.map((l) => `${l.code}.${l.market}`)).toEqual(
        expect.arrayContaining(["601601.SH", "02601.HK", "CPIC.LSE"]),
      );
      expect(byName.articles.items.map((item) => item.id)).toContain(SEED_000);
      const filtered = await json<Page>(
        await fetch(`/v1/articles?security=${encodeURIComponent("中国太保")}`),
      );
      expect(filtered.items.map((item) => item.id)).toContain(SEED_000);
      await expectProblem(await fetch("/v1/securities/601601?limit=500"), 422, "invalid-request");
    });

    test("GET /v1/stats summarises the store", async () => {
      const stats = await json<{
        articles: number;
        sources: number;
        formats: Record<string, number>;
        earliest: string;
        latest: string;
      }>(await fetch("/v1/stats"));
      expect(stats.articles).toBe(options.seeds.length);
      expect(stats.sources).toBeGreaterThanOrEqual(3);
      expect(Object.values(stats.formats).reduce((sum, count) => sum + count, 0)).toBe(options.seeds.length);
      // In China Standard Time, as the articles write their dates.
      expect(stats.earliest).toBe("2022-01-30T09:59:17+08:00");
      expect(stats.latest).toBe("2022-04-28T14:08:53+08:00");
    });
  });

  describe("stories", () => {
    const post = (title: string, date: string, body: string) =>
      `---\ntitle: "${title}"\ndate: ${date}\n---\n\n${body}\n`;
    const copies = [
      post(
        "某公司签署4.76亿美元供货合同",
        "2026-08-03 17:00:00 +0800",
        "【某公司签署4.76亿美元供货合同】财联社8月3日电，某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
      ),
      post(
        "某公司签署4.76亿美元供货合同",
        "2026-08-03 17:00:30 +0800",
        "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
      ),
      post(
        "某公司：签署4.76亿美元水泥生产线设备供货合同",
        "2026-08-03 17:02:00 +0800",
        "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。（财联社）",
      ),
    ];
    const snapshot = post(
      "韩国KOSPI指数跌幅扩大至3%",
      "2026-08-03 17:20:00 +0800",
      "韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
    );

    test("copies ingested one at a time join one story; every article names its story", async () => {
      const ids: string[] = [];
      for (const [i, content] of [...copies, snapshot].entries()) {
        const result = await json<{ articles: { id: string }[] }>(
          await ingest(JSON.stringify({ content, filename: `copy-${i}.md` }), "application/json"),
        );
        ids.push(result.articles[0]!.id);
      }
      const stories = await json<{ items: { storyId: string; canonical: string; copies: number }[] }>(
        await fetch("/v1/stories?minCopies=2"),
      );
      expect(stories.items).toHaveLength(1);
      const [story] = stories.items;
      expect(story).toMatchObject({ canonical: ids[0], copies: 3 });
      const full = await json<{ storyId: string; copies: { id: string }[] }>(
        await fetch(`/v1/stories/${story!.storyId}`),
      );
      expect(full.copies.map((copy) => copy.id)).toEqual(ids.slice(0, 3));
      for (const id of ids.slice(0, 3)) {
        expect((await json<{ storyId: string }>(await fetch(`/v1/articles/${id}`))).storyId).toBe(
          story!.storyId,
        );
      }
      const other = await json<{ storyId: string }>(await fetch(`/v1/articles/${ids[3]}`));
      expect(other.storyId).not.toBe(story!.storyId);
      const page = await json<Page>(await list({ q: "供货合同" }));
      expect(new Set(page.items.map((item) => item.storyId))).toEqual(new Set([story!.storyId]));
    });

    test("lists every story once, newest first sighting first, with cursors", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { storyId: string; firstSeenAt: string | null }[]; nextCursor: string | null } =
          await json(await fetch(`/v1/stories?limit=2${cursor ? `&cursor=${cursor}` : ""}`));
        seen.push(...page.items.map((item) => item.storyId));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(new Set(seen).size).toBe(seen.length);
      // The seeds are a story each; the story tests' four articles are two stories.
      expect(seen.length).toBe(options.seeds.length + STORY_ARTICLES - 2);
    });

    test("404 for an unknown story, 422 for a malformed id or list parameter", async () => {
      await expectProblem(await fetch("/v1/stories/s0000000000000000"), 404, "not-found");
      await expectProblem(await fetch("/v1/stories/nope"), 422, "invalid-request");
      await expectProblem(await fetch("/v1/stories?minCopies=0"), 422, "invalid-request");
      await expectProblem(await fetch("/v1/stories?cursor=%%%"), 422, "invalid-request");
    });
  });

  describe("dumps: one Article, or one problem, per record", () => {
    const record = (id: number) =>
      JSON.stringify({
        id: String(id),
        title: `快讯${id}`,
        content: `财联社7月29日电，第${id}条快讯的正文。（新华社）`,
        datetime: "2026-07-29T00:03:22+08:00",
        source: "cls",
        source_name: "财联社",
      });
    const dump = [record(1), "{cut", record(3)].join("\n");
    const compress = async (text: string, format: "gzip" | "deflate") =>
      new Uint8Array(
        await new Response(
          new Blob([text]).stream().pipeThrough(new CompressionStream(format)),
        ).arrayBuffer(),
      );
    const gzip = (text: string) => compress(text, "gzip");
    const lines = async (response: Response) => {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
      return (await response.text())
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    };

    test("POST /v1/parse answers JSON Lines: each record's Article, or a problem with its line", async () => {
      for (const [body, type] of [
        [dump, "text/plain"],
        [dump, "application/x-ndjson"],
        [await gzip(dump), "application/gzip"],
      ] as const) {
        const answer = await lines(
          await fetch("/v1/parse", { method: "POST", body, headers: { "content-type": type } }),
        );
        expect(answer).toHaveLength(3);
        expect(answer[0]).toMatchObject({
          id: "cls:1",
          ref: "line 1",
          source: { name: "新华社" },
          via: ["财联社"],
          publishedAt: "2026-07-29T00:03:22+08:00",
        });
        expect(answer[1]).toMatchObject({
          type: "about:blank",
          status: 422,
          code: "invalid-record",
          ref: "line 2",
        });
        expect(answer[2]).toMatchObject({ id: "cls:3", ref: "line 3" });
      }
    });

    test("a gzip body may expand to the body limit and no further; gzip that does not decompress is refused", async () => {
      const line = `${record(1)}\n`;
      const bomb = await gzip(line.repeat(Math.ceil(options.bodyLimit / line.length) + 1));
      expect(bomb.byteLength).toBeLessThan(options.bodyLimit);
      await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: bomb,
          headers: { "content-type": "application/gzip" },
        }),
        413,
        "body-too-large",
      );
      await expectProblem(await ingest(bomb, "application/gzip"), 413, "body-too-large");
      const cut = (await gzip(dump)).slice(0, 30);
      await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: cut,
          headers: { "content-type": "application/gzip" },
        }),
        422,
        "invalid-request",
      );
    });

    test("a body with Content-Encoding is decoded to the body limit and no further; a coding not decoded here is 415", async () => {
      const coded = (body: BodyInit, encoding: string) =>
        fetch("/v1/parse", {
          method: "POST",
          body,
          headers: { "content-type": "text/plain", "content-encoding": encoding },
        });
      for (const [format, encoding] of [
        ["gzip", "gzip"],
        ["deflate", "deflate"],
        ["gzip", "X-GZip"],
      ] as const) {
        const answer = await lines(await coded(await compress(dump, format), encoding));
        expect(answer.map((item) => item.ref)).toEqual(["line 1", "line 2", "line 3"]);
        expect(answer[0]).toMatchObject({ id: "cls:1", source: { name: "新华社" } });
      }
      expect((await lines(await coded(dump, "identity"))).map((item) => item.ref)).toHaveLength(3);
      const line = `${record(1)}\n`;
      const bomb = await compress(line.repeat(Math.ceil(options.bodyLimit / line.length) + 1), "deflate");
      const tooLarge = await expectProblem(await coded(bomb, "deflate"), 413, "body-too-large");
      expect(tooLarge.detail).toBe(`the deflate body decompresses to over ${options.bodyLimit} bytes`);
      await expectProblem(await coded((await gzip(dump)).slice(0, 30), "gzip"), 422, "invalid-request");
      for (const [encoding, detail] of [
        ["br", "Content-Encoding br is not decoded here; send the body plain, gzip or deflate"],
        ["zstd", "Content-Encoding zstd is not decoded here; send the body plain, gzip or deflate"],
        [
          "gzip, gzip",
          "Content-Encoding gzip, gzip stacks codings; send the body plain or with one of gzip, deflate",
        ],
      ] as const) {
        const response = await coded(await gzip(dump), encoding);
        expect(response.headers.get("accept-encoding")).toBe("gzip, deflate");
        expect((await expectProblem(response, 415, "unsupported-media-type")).detail).toBe(detail);
      }
    });

    test("a request of more records than RECORD_LIMIT is 413 body-too-large, and nothing of it is stored", async () => {
      const { recordLimit } = options;
      // The smallest records a dump may hold: thousands fit any body limit, each an Article to make.
      const tiny = (count: number) =>
        Array.from({ length: count }, (_, i) => `{"title":"记录${i}","content":"正文。"}`).join("\n");
      const atLimit = await lines(
        await fetch("/v1/parse", {
          method: "POST",
          body: tiny(recordLimit),
          headers: { "content-type": "text/plain" },
        }),
      );
      expect(atLimit).toHaveLength(recordLimit);
      expect(atLimit.at(-1)).toMatchObject({ title: `记录${recordLimit - 1}`, ref: `line ${recordLimit}` });

      const before = await json<{ articles: number }>(await fetch("/v1/stats"));
      const over = `the request holds more than ${recordLimit} records, over the server's limit of ${recordLimit} records a request (RECORD_LIMIT); nothing of it was stored: send the records in smaller parts`;
      const parsed = await expectProblem(
        await fetch("/v1/parse", {
          method: "POST",
          body: tiny(recordLimit + 1),
          headers: { "content-type": "application/x-ndjson" },
        }),
        413,
        "body-too-large",
      );
      expect(parsed.detail).toBe(over);
      const stored = await expectProblem(
        await ingest(tiny(recordLimit + 1), "text/plain"),
        413,
        "body-too-large",
      );
      expect(stored.detail).toBe(over);
      // Over the limit together: two dumps of half the limit and one record more each.
      const half = Math.ceil(recordLimit / 2) + 1;
      const two = JSON.stringify([
        { content: tiny(half), filename: "a.jsonl" },
        { content: tiny(half), filename: "b.jsonl" },
      ]);
      expect((await expectProblem(await ingest(two, "application/json"), 413, "body-too-large")).detail).toBe(
        over,
      );
      // More files than records allowed: refused before any is parsed.
      const files = Array.from({ length: recordLimit + 1 }, (_, i) =>
        JSON.stringify({ content: `正文${i}。` }),
      );
      expect(
        (await expectProblem(await ingest(files.join("\n"), "application/x-ndjson"), 413, "body-too-large"))
          .detail,
      ).toBe(
        `the request holds ${recordLimit + 1} files, over the server's limit of ${recordLimit} records a request (RECORD_LIMIT); nothing of it was stored: send the records in smaller parts`,
      );
      expect(await json<{ articles: number }>(await fetch("/v1/stats"))).toMatchObject(before);
    });

    test("ingest stores every record that reads, reports the one that does not, and serves them by id", async () => {
      const result = await json<{
        count: number;
        articles: { id: string; ref: string | null }[];
        problems: { code: string; ref: string; status: number }[];
      }>(await ingest(await gzip(dump), "application/gzip", "?filename=2026-07-29.jsonl.gz"));
      expect(result.count).toBe(2);
      expect(result.articles.map((article) => [article.id, article.ref])).toEqual([
        ["cls:1", "line 1"],
        ["cls:3", "line 3"],
      ]);
      expect(result.problems).toMatchObject([{ code: "invalid-record", ref: "line 2", status: 422 }]);
      const stored = await json<{ id: string; ref: string }>(
        await fetch(`/v1/articles/${encodeURIComponent("cls:3")}`),
      );
      expect(stored).toMatchObject({ id: "cls:3", ref: "line 3" });
    });
  });

  describe("documentation and unknown routes", () => {
    test("/openapi.json is generated from the routes", async () => {
      const document = await json<{
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
        components: { schemas: Record<string, unknown> };
      }>(await fetch("/openapi.json"));
      expect(document.openapi).toBe("3.1.0");
      expect(Object.keys(document.paths).sort()).toEqual([
        "/v1/articles",
        "/v1/articles/{id}",
        "/v1/parse",
        "/v1/securities/{code}",
        "/v1/sources",
        "/v1/stats",
        "/v1/stories",
        "/v1/stories/{id}",
      ]);
      expect(Object.keys(document.paths["/v1/articles"]!).sort()).toEqual(["get", "post"]);
      expect(document.components.schemas).toHaveProperty("Article");
      expect(document.components.schemas).toHaveProperty("Problem");
      // As written at build time from the zod schemas (test/node/openapi-document.test.ts keeps it theirs).
      expect(document).toStrictEqual(API_DOCUMENT);
    });

    test("/docs renders every route without scripts", async () => {
      const response = await fetch("/docs");
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toContain("<script");
      for (const path of ["/v1/parse", "/v1/articles/{id}", "/v1/securities/{code}", "/v1/stats"])
        expect(html).toContain(path);
      // The descriptions' Markdown is rendered, not shown as backticks.
      expect(html).toContain("Content type not accepted here (<code>unsupported-media-type</code>)");
      expect(html).toContain("Errors are application/problem+json with a stable <code>code</code>.");
      expect(html.replace(/<[^>]+>/g, "")).not.toContain("`");
    });

    test("every answer, errors included, says nosniff and carries a CSP; the docs page allows no script", async () => {
      const answers = await Promise.all([
        fetch("/v1/stats"),
        fetch("/v1/articles/no-such-id"),
        fetch("/nowhere"),
        fetch("/v1/parse", { method: "POST", body: "{", headers: { "content-type": "application/json" } }),
        fetch("/docs"),
      ]);
      for (const answer of answers) {
        expect(answer.headers.get("x-content-type-options"), answer.url).toBe("nosniff");
        expect(answer.headers.get("content-security-policy"), answer.url).toMatch(
          /^default-src 'none';.*frame-ancestors 'none'/,
        );
        expect(answer.headers.get("referrer-policy"), answer.url).toBe("no-referrer");
      }
      const docs = answers.at(-1)!.headers.get("content-security-policy")!;
      expect(docs).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
      expect(docs).not.toMatch(/script-src|unsafe-inline/);
    });

    test("/ leads to the docs page", async () => {
      const response = await fetch("/", { redirect: "manual" });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/docs");
    });

    test("404 not-found for unknown routes and methods", async () => {
      await expectProblem(await fetch("/v2/nothing"), 404, "not-found");
      await expectProblem(await fetch("/v1/stats", { method: "DELETE" }), 404, "not-found");
    });

    test("404 not-found for a route's path with a trailing slash", async () => {
      for (const path of ["/v1/articles/", "/v1/stats/", "/docs/", "/openapi.json/", "//"]) {
        const missing = await expectProblem(await fetch(path), 404, "not-found");
        expect(missing.detail).toBe(`no route for GET ${path}`);
      }
      await expectProblem(await fetch(`/v1/articles/${SEED_003}/`), 404, "not-found");
      await expectProblem(await fetch("/v1/parse/", { method: "POST", body: "x" }), 404, "not-found");
    });
  });

  describe.skipIf(options.corpus.length === 0)("the whole corpus", () => {
    /** The corpus's ids as the API assigned them. */
    const ingested: { id: string; filename: string }[] = [];

    test("ingests every corpus file in JSON Lines batches under the body limit", async () => {
      // The store already holds the seeds, the story tests' articles and the dump's records.
      const before = await json<{ articles: number }>(await fetch("/v1/stats"));
      const batches: FileFixture[][] = [[]];
      let size = 0;
      for (const file of options.corpus) {
        const fileSize = new TextEncoder().encode(JSON.stringify(file)).length + 1;
        const full = size + fileSize > options.bodyLimit || batches.at(-1)!.length === options.recordLimit;
        if (full && batches.at(-1)!.length > 0) {
          batches.push([]);
          size = 0;
        }
        batches.at(-1)!.push(file);
        size += fileSize;
      }
      for (const batch of batches) {
        const result = await json<{ count: number; articles: { id: string; filename: string }[] }>(
          await ingest(batch.map((file) => JSON.stringify(file)).join("\n"), "application/x-ndjson"),
        );
        expect(result.count).toBe(batch.length);
        ingested.push(...result.articles);
      }
      const stats = await json<{ articles: number }>(await fetch("/v1/stats"));
      expect(stats.articles).toBe(new Set(ingested.map((article) => article.id)).size + before.articles);
    });

    test("known corpus articles are found by words from their text", async () => {
      expect(await allIds({ q: "离岸人民币" })).toEqual(
        expect.arrayContaining(["202112082206799679", "202112082206934582"]),
      );
      expect(await allIds({ q: "李立峰" })).toEqual(["202112082206924746"]);
      expect(await allIds({ q: "6550亿" })).toContain("202112082206924746");
      expect(await allIds({ q: "太保" })).toEqual(expect.arrayContaining([SEED_000, SEED_002]));
    });

    test("any two-character word of an article finds it", async () => {
      const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
      const ids = new Set(ingested.map((article) => article.id));
      let checked = 0;
      for (const id of ids) {
        const article = await json<{ title: string; text: string }>(
          await fetch(`/v1/articles/${encodeURIComponent(id)}`),
        );
        const words = [...segmenter.segment(`${article.title}\n${article.text}`)]
          .map((segment) => segment.segment)
          .filter((word) => /^\p{Script=Han}{2}$/u.test(word));
        // A spread of words from the whole article: first, middle and last.
        const sample = [...new Set([words[0], words[Math.floor(words.length / 2)], words.at(-1)])].filter(
          (word): word is string => word !== undefined,
        );
        for (const word of sample) {
          expect(await pagesUntil({ q: word }, id), `${word} in ${id}`).toContain(id);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(ids.size);
      // About 430 requests; in workerd on a machine at load 30 each took 0.3 s (session 32), past the 120 s default.
    }, 300_000);
  });
}
