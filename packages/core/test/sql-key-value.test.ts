// A key/value SQL table whose rows are one page's fields (src/readers/sql-key-value.ts): a PHPOK site's collector stores
// each page it collected as `qinggan_collection_format` rows `(id, lid, tag, content)` tagged title / keywords /
// description / note / content. Real input: datasets/fresh-66/cms-collection-sql (a phpMyAdmin 3.5.2.2 dump, 2015; see
// its SOURCES.tsv), read whole by `parse`, row by row by `parseAll`, and in small chunks as a stream.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import type { SqlItem, SqlRow } from "../src/readers/sql.js";
import { KeyValueRows } from "../src/readers/sql-key-value.js";
import { parseAllInChunks, REPO } from "./helpers.js";

const DUMPS = join(REPO, "datasets/fresh-66/cms-collection-sql");
const YICAI = readFileSync(join(DUMPS, "phpok-collection__yicai-caixin-stake-sale.sql"));
const HUAYI = readFileSync(join(DUMPS, "phpok-collection__21cbh-huayi-theme-park.sql"));

describe("a collector's key/value rows of one page are one record", () => {
  it("reads the page's title, text and closing credit from its tagged rows", () => {
    const article = parse(YICAI);
    expect(article.title).toBe("浙报挂牌出让财新传媒19.77%股权 报价5647.6万");
    expect(article.source).toEqual({ name: "第一财经日报" });
    expect(article.author).toBe("惠正一");
    expect(
      article.text.startsWith("成立不足两年的财新传媒有限公司（下称“财新传媒”）再次受到业内关注。"),
    ).toBe(true);
    expect(article.text.endsWith("不过在采访中她对进军海外、推中国声音表示出了信心。")).toBe(true);
    for (const gone of ["本文来源", "qinggan_collection_format", "'description'", "gg200x300"])
      expect(article.text).not.toContain(gone);
    expect(article.warnings.map((w) => w.code)).not.toContain("many-documents");
  });

  it("gives one Article for the page's five rows, whole or streamed in chunks", async () => {
    const whole = [...parseAllSync(HUAYI)];
    expect(
      whole.map((r) => (r.ok ? [r.article.ref, r.article.title, r.article.author] : r.failure.code)),
    ).toEqual([["row 1", "华谊兄弟30亿主题公园梦受挫苏州工业园区", "赵飞飞、闫艺铭"]]);
    for (const size of [64, 1000]) {
      const streamed = await parseAllInChunks(HUAYI, size);
      expect(streamed.map((r) => (r.ok ? r.article.text : r.failure.code))).toEqual(
        whole.map((r) => (r.ok ? r.article.text : r.failure.code)),
      );
    }
  });
});

const row = (id: number, owner: number, tag: string, content: string, table = "kv"): SqlRow => ({
  table,
  record: { id, lid: owner, tag, content },
  raw: `(${id}, ${owner}, '${tag}', '${content}')`,
  line: id,
});

describe("what is no page's fields stays as its rows", () => {
  const fold = (items: SqlItem[]) => {
    const rows = new KeyValueRows(Number.POSITIVE_INFINITY);
    return [...rows.push(items), ...rows.end()];
  };

  it("keys that name no field, none the mapping reads, one row alone, and another shape stay rows", () => {
    const people = [row(1, 1, "张三", "好文章"), row(2, 1, "李四", "同意")];
    expect(fold(people)).toEqual(people);
    const unknown = [row(1, 1, "colour", "red"), row(2, 1, "size", "XL")];
    expect(fold(unknown)).toEqual(unknown);
    const alone = [row(1, 1, "title", "标题")];
    expect(fold(alone)).toEqual(alone);
    const wide: SqlRow = {
      table: "kv",
      record: { id: 1, lid: 1, cid: 2, tag: "title", content: "x" },
      raw: "",
      line: 1,
    };
    expect(fold([wide, wide])).toEqual([wide, wide]);
  });

  it("a key said again, another owner or another table ends a page", () => {
    const folded = fold([
      row(1, 1, "title", "A"),
      row(2, 1, "content", "a"),
      row(3, 1, "title", "B"),
      row(4, 1, "content", "b"),
      row(5, 2, "title", "C"),
      row(6, 2, "content", "c", "other"),
    ]);
    expect(folded.map((item) => ("table" in item ? item.record : item))).toEqual([
      { id: 1, lid: 1, title: "A", content: "a" },
      { id: 3, lid: 1, title: "B", content: "b" },
      { id: 5, lid: 2, tag: "title", content: "C" },
      { id: 6, lid: 2, tag: "content", content: "c" },
    ]);
  });

  it("folds a dump's rows the same however they come in batches, and bounds what it holds", () => {
    const item = fc.record({
      owner: fc.integer({ min: 1, max: 3 }),
      tag: fc.constantFrom("title", "content", "note", "作者", "tag"),
      table: fc.constantFrom("kv", "other"),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.array(fc.nat(30)), (specs, cuts) => {
        const items = specs.map((s, i) => row(i + 1, s.owner, s.tag, `v${i}`, s.table));
        const whole = fold(items);
        const rows = new KeyValueRows(Number.POSITIVE_INFINITY);
        const streamed: SqlItem[] = [];
        let at = 0;
        for (const cut of [...cuts.sort((a, b) => a - b), items.length]) {
          streamed.push(...rows.push(items.slice(at, Math.max(at, cut))));
          at = Math.max(at, cut);
        }
        streamed.push(...rows.end());
        expect(streamed).toEqual(whole);
        // Every row's value is given once: folded into a page or as its row.
        const values = whole.flatMap((i) =>
          "table" in i ? Object.values(i.record).filter((v) => String(v).startsWith("v")) : [],
        );
        expect(values.sort()).toEqual(items.map((i) => String(i.record.content)).sort());
        // A bound of one row's characters holds no run past it: nothing folds.
        const bounded = new KeyValueRows(1);
        expect([...bounded.push(items), ...bounded.end()]).toEqual(items);
      }),
    );
  });
});
