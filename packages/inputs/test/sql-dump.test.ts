// A SQL dump of any size is read as a stream of rows (core's SqlDumpReader): a dump past the input
// limit gives one Article per row, every row, with memory for a row, not the file. The dumps are
// generated here (a mysqldump of a news table as SQLyog writes it: one INSERT for the whole table),
// never committed.
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "caixun-inputs-sql-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEAD = `-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS \`news\`;
CREATE TABLE \`news\` (
  \`id\` int(11) NOT NULL AUTO_INCREMENT,
  \`title\` varchar(255) NOT NULL,
  \`content\` text NOT NULL,
  \`createdate\` datetime DEFAULT NULL,
  \`payload\` longtext COMMENT 'the scraped page, kept beside the story',
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES \`news\` WRITE;
INSERT INTO \`news\` VALUES `;

/** A page's worth of markup a scraper keeps in a column beside the story (~8 KB). */
const PAYLOAD = `<div class=\\"page\\">${"<p>页面存档：行情、评论与导航。</p>\\n".repeat(220)}</div>`;

/** Writes a dump of at least `bytes` bytes to `path`, one row a line; returns how many rows it holds. */
function writeDump(path: string, bytes: number): number {
  const fd = openSync(path, "w");
  let written = writeSync(fd, HEAD);
  let rows = 0;
  while (written < bytes) {
    rows++;
    const body = `新华社北京1月${(rows % 28) + 1}日电 第${rows}篇：央行今日开展逆回购操作，市场利率平稳。\\n记者了解到，银行间流动性合理充裕。`;
    const row = `(${rows},'第${rows}篇 央行开展逆回购操作','${body}','2024-01-02 08:00:00','${PAYLOAD}')`;
    written += writeSync(fd, `${rows > 1 ? ",\n" : ""}${row}`);
  }
  writeSync(fd, ";\nUNLOCK TABLES;\n");
  closeSync(fd);
  return rows;
}

function parseInChild(path: string): {
  parsed: number;
  failed: number;
  failures: unknown[];
  lastRef: string | null;
  peakMiB: number;
} {
  const child = join(import.meta.dirname, "fixtures/parse-file-child.mjs");
  return JSON.parse(execFileSync(process.execPath, [child, path], { encoding: "utf8" }));
}

describe("a SQL dump past the input limit", () => {
  it("gives every row its Article, in memory that does not grow with the dump", { timeout: 600_000 }, () => {
    const small = join(work, "small.sql");
    const large = join(work, "large.sql");
    const smallRows = writeDump(small, 20 * 1024 * 1024);
    const largeRows = writeDump(large, 50 * 1024 * 1024);
    const fromSmall = parseInChild(small);
    const fromLarge = parseInChild(large);
    expect(fromLarge).toMatchObject({ parsed: largeRows, failed: 0, lastRef: `row ${largeRows}` });
    expect(fromSmall).toMatchObject({ parsed: smallRows, failed: 0, lastRef: `row ${smallRows}` });
    // Read whole, 30 MB more of dump would be 30 MB more of bytes and 60 MB more of UTF-16 text.
    expect(fromLarge.peakMiB - fromSmall.peakMiB).toBeLessThan(20);
  });
});
