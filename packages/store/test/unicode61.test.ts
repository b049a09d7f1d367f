import { foldText } from "@caixun/core/policy";
import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { indexText, matchExpression } from "../src/search-text.js";
import { unicode61Tokens } from "../src/unicode61.js";
import { indexTextBefore, matchExpressionBefore } from "./search-before.js";

/** How many quoted phrases a MATCH expression ANDs together (a phrase's own quotes are doubled inside it). */
function phraseCount(expression: string): number {
  return expression.match(/"(?:[^"]|"")*"/g)?.length ?? 0;
}

/** SQLite tables to compare: `old` as the index was until session 21 (unicode61), `now` on ascii. */
function twoIndexes() {
  const db = new Database(":memory:");
  db.exec(`CREATE VIRTUAL TABLE old USING fts5(title, body, tokenize = 'unicode61');
           CREATE VIRTUAL TABLE now USING fts5(title, body, tokenize = 'ascii');
           CREATE VIRTUAL TABLE old_terms USING fts5vocab(old, 'instance');
           CREATE VIRTUAL TABLE now_terms USING fts5vocab(now, 'instance');`);
  return db;
}

describe("unicode61Tokens", () => {
  test("cuts and folds as unicode61: ASCII punctuation and ·’ part words, Latin diacritics and final sigma fold", () => {
    expect(unicode61Tokens("cpic's")).toEqual(["cpic", "s"]);
    expect(unicode61Tokens("6.3512")).toEqual(["6", "3512"]);
    expect(unicode61Tokens("société·générale")).toEqual(["societe", "generale"]);
    expect(unicode61Tokens("ǖøς")).toEqual(["ǖøσ"]);
    expect(unicode61Tokens("e\u0301t\u0301")).toEqual(["et"]);
    expect(unicode61Tokens("\u0301a")).toEqual(["a"]);
    expect(unicode61Tokens("中国")).toEqual(["中国"]);
    expect(unicode61Tokens("⺀中")).toEqual(["中"]);
    expect(unicode61Tokens("")).toEqual([]);
  });

  test("agrees with SQLite's unicode61 on every folded code point but those Unicode assigned after SQLite's tables", () => {
    // Each code point between two q's: one token qXq when it is a token character, two q's when
    // it parts words, qq when it is a diacritic unicode61 drops. Compared as term counts, in SQL.
    // Planes 0–3 and the tags and variation selectors of plane 14: beyond them, only private use
    // (a token character to both) and code points Unicode has not assigned.
    const characters: string[] = [];
    for (let code = 0; code <= 0xe0fff; code = code === 0x3ffff ? 0xe0000 : code + 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (foldText(character) === character) characters.push(character);
    }
    const db = new Database(":memory:");
    db.exec(`CREATE VIRTUAL TABLE old USING fts5(x, tokenize = 'unicode61');
             CREATE VIRTUAL TABLE now USING fts5(x, tokenize = 'ascii');
             CREATE VIRTUAL TABLE old_terms USING fts5vocab(old, 'row');
             CREATE VIRTUAL TABLE now_terms USING fts5vocab(now, 'row');`);
    const rows = 64;
    const perRow = Math.ceil(characters.length / rows);
    for (let start = 0; start < characters.length; start += perRow) {
      const text = characters
        .slice(start, start + perRow)
        .map((character) => `q${character}q`)
        .join(" ");
      db.prepare("INSERT INTO old (x) VALUES (?)").run(text);
      db.prepare("INSERT INTO now (x) VALUES (?)").run(unicode61Tokens(text).join(" "));
    }
    const differences = db
      .prepare(
        `SELECT term, SUM(side) AS side FROM (
           SELECT term, cnt, 1 AS side FROM old_terms UNION ALL SELECT term, cnt, -1 AS side FROM now_terms)
         GROUP BY term, cnt HAVING COUNT(*) = 1`,
      )
      .all() as { term: string; side: number }[];
    // Every difference is a character between q's that SQLite keeps in a token and JavaScript's
    // newer Unicode calls a mark, symbol, punctuation or format character, or the few it moved the
    // other way (New Tai Lue vowels 19B0–19C9, Vedic signs 1CF2–1CF3: marks in SQLite's tables,
    // letters now) and the noncharacters FFFE, FFFF; and the count of lone q's they shift.
    const unexplained = differences.filter(({ term }) => {
      if (term === "q") return false;
      const character = term.slice(1, -1);
      if (/^[\p{M}\p{S}\p{P}\p{Cf}]$/u.test(character)) return false;
      const code = character.codePointAt(0)!;
      return !((code >= 0x19b0 && code <= 0x19c9) || code === 0x1cf2 || code === 0x1cf3 || code >= 0xfffe);
    });
    expect(unexplained).toEqual([]);
    // None among the letters news is written in: Latin, Greek, Cyrillic, kana, Han.
    const newsLetter = /^q[a-z0-9\u00c0-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]q$/u;
    expect(differences.filter(({ term }) => newsLetter.test(term))).toEqual([]);
  }, 120_000);
});

describe("search on the ascii tokenizer", () => {
  const alphabet = fc.constantFrom(
    ..."中国太保险人民币基金银行上涨增长亿元的了𠀀𪚥々〇⺀",
    ..."abcXYZ019 _.,:;'’·-/\n　，。！（）",
    ..."éüøǖçÉÖΣσςαβДжぁアーｱＣＰＩＣ①\u0301\u0308😀",
  );
  const text = fc.array(alphabet, { maxLength: 40 }).map((characters) => characters.join(""));

  test("indexes every text with the terms unicode61 gave, at the same positions", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (articles) => {
        const db = twoIndexes();
        articles.forEach(([title, body], i) => {
          db.prepare("INSERT INTO old (rowid, title, body) VALUES (?, ?, ?)").run(
            i + 1,
            indexTextBefore(title),
            indexTextBefore(body),
          );
          db.prepare("INSERT INTO now (rowid, title, body) VALUES (?, ?, ?)").run(
            i + 1,
            indexText(title),
            indexText(body),
          );
        });
        const terms = (table: string) =>
          db.prepare(`SELECT term, doc, col, offset FROM ${table} ORDER BY doc, col, offset`).all();
        expect(terms("now_terms")).toEqual(terms("old_terms"));
      }),
      { numRuns: 200 },
    );
  });

  test("a query finds the same rows in the same order", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), text, (bodies, query) => {
        const db = twoIndexes();
        bodies.forEach((body, i) => {
          db.prepare("INSERT INTO old (rowid, title, body) VALUES (?, '', ?)").run(
            i + 1,
            indexTextBefore(body),
          );
          db.prepare("INSERT INTO now (rowid, title, body) VALUES (?, '', ?)").run(i + 1, indexText(body));
        });
        // A query is often a piece of a stored text.
        const queries = [query, ...bodies.map((body) => body.slice(body.length / 3, (body.length * 2) / 3))];
        for (const q of queries) {
          const before = matchExpressionBefore(q);
          const now = matchExpression(q);
          expect(now === null).toBe(before === null);
          if (before === null || now === null) continue;
          const hits = (table: string, match: string) =>
            db
              .prepare(
                `SELECT rowid, bm25(${table}) AS rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank, rowid`,
              )
              .all(match);
          // A term the query repeats (`Σ中ς`: σ twice once folded) is searched once now, once per writing before:
          // the same rows, ranked on one phrase less, so only the rows are compared.
          if (phraseCount(now) < phraseCount(before)) {
            const rows = (table: string, match: string) =>
              db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(match);
            expect(rows("now", now)).toEqual(rows("old", before));
          } else {
            expect(hits("now", now)).toEqual(hits("old", before));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
