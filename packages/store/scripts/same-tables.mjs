// Two databases the store wrote from the same inputs (say `caixun ingest` of one folder by two
// builds), compared: every row of every table the store writes (articles but their time of writing:
// the stories each Article joined, story keys, story rows, labels, securities), the search index as
// FTS5 holds it (every term of every row, with its column and position: what a search finds and how
// it ranks, whatever text and tokenizer gave it) and the hits of eight searches in rank order. Exits
// 1 when any differs. Needs `pnpm build` (the store's dist).
//   node packages/store/scripts/same-tables.mjs before.db after.db
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { matchExpression } from "../dist/search-text.js";

const TABLES = {
  articles: `SELECT id, title, published_at, sort_key, source_name, source_slug, format, summary, article,
             filename, story_id FROM articles ORDER BY id`,
  labels: "SELECT * FROM article_labels ORDER BY article_id, kind, label",
  securities: "SELECT * FROM article_securities ORDER BY article_id, market, code, name",
  searchTerms: `SELECT a.id, t.term, t.col, t.offset FROM temp.search_terms AS t
                JOIN articles AS a ON a.rowid = t.doc ORDER BY a.id, t.col, t.offset`,
  storyKeys: "SELECT * FROM story_keys ORDER BY article_id",
  stories: "SELECT * FROM stories ORDER BY id",
};
/** Searches as the API runs them by relevance (`SqlArticleStore.rows`), the first 50 hits. */
const SEARCHES = ["太保", "保险", "601601", "增长", "人民币", "基金", "银行", "上涨"];

function digest(db, query, params = []) {
  const hash = createHash("sha256");
  let rows = 0;
  for (const row of db.prepare(query).iterate(...params)) {
    hash.update(JSON.stringify(row));
    rows++;
  }
  return `${rows} rows ${hash.digest("hex").slice(0, 12)}`;
}

const [before, after] = process.argv.slice(2).map((file) => new Database(file, { readonly: true }));
if (!before || !after) throw new Error("usage: same-tables.mjs <before.db> <after.db>");
for (const db of [before, after]) {
  db.exec("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, articles_fts, 'instance')");
}
const checks = [
  ...Object.entries(TABLES).map(([name, query]) => [name, query, []]),
  ...SEARCHES.map((q) => [
    `search ${q}`,
    `SELECT a.id FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
     WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0), a.sort_key DESC, a.id DESC LIMIT 50`,
    [matchExpression(q)],
  ]),
];
let differ = 0;
for (const [name, query, params] of checks) {
  const [a, b] = [digest(before, query, params), digest(after, query, params)];
  if (a !== b) differ++;
  console.log(`${name}: ${a} | ${b} ${a === b ? "same" : "DIFFER"}`);
}
console.log(differ === 0 ? "every table and search the same" : `${differ} differ`);
process.exitCode = differ === 0 ? 0 : 1;
