import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { countInputs, type Input, isProjectFile, resolveInputs, walkInputs } from "../dist/index.js";
import { mkfifo, SEEDS, seed, useCorpus } from "./helpers/tree.js";

const paths = useCorpus("caixun-inputs-discover-");

/** What a walk says of each entry: read, or why not. */
function describeEntry(input: Input): string {
  const what =
    input.outcome === undefined
      ? "read"
      : input.outcome.status === "skipped"
        ? `skipped ${input.outcome.skip.reason}`
        : `failed ${input.outcome.failure.code}: ${input.outcome.failure.message}`;
  return `${input.relativePath} ${input.via} ${what}`;
}

async function walk(specs: string[], extensions?: string[]): Promise<string[]> {
  const entries: string[] = [];
  for await (const input of walkInputs(await resolveInputs(specs), extensions ? { extensions } : {})) {
    entries.push(describeEntry(input));
  }
  return entries;
}

/** What a walk says of each entry, as a user reads it: read, or the message of its skip. */
async function walkMessages(root: string, extensions?: string[]): Promise<string[]> {
  const entries: string[] = [];
  for await (const input of walkInputs(await resolveInputs([root]), extensions ? { extensions } : {})) {
    const outcome = input.outcome;
    entries.push(
      outcome?.status === "skipped"
        ? `${input.relativePath}: ${outcome.skip.message}`
        : `${input.relativePath} read`,
    );
  }
  return entries;
}

describe("a folder walk", () => {
  it("gives every entry it finds, in name order: read, skipped by reason, or failed", async () => {
    expect(await walk([paths.corpus])).toEqual([
      ".hidden.md file skipped hidden",
      "a.md file read",
      "dangling.md file failed dangling-symlink: symbolic link to nowhere.md, which does not exist",
      "link-to-file.md file read",
      "link-to-sub file skipped symlink-to-folder",
      "loop-1.md file failed symlink-loop: symbolic link loop",
      "loop-2.md file failed symlink-loop: symbolic link loop",
      "notes.tsv file skipped not-feed-or-dump",
      "pipe.md file skipped fifo",
      "socket.md file skipped socket",
      "sub/b.txt file read",
    ]);
  });

  it("reads other extensions when told to, and leaves the news files out then", async () => {
    // Names decide first: with .tsv only, a dangling .md link is not an input either.
    expect(
      (await walk([paths.corpus], [".tsv"])).filter((entry) => !entry.includes("skipped extension")),
    ).toEqual([
      ".hidden.md file skipped hidden",
      "link-to-sub file skipped symlink-to-folder",
      "notes.tsv file read",
    ]);
  });

  it("counts what it will read or fail on, not what it skips (for a progress bar)", async () => {
    expect(await countInputs(await resolveInputs([paths.corpus]))).toBe(6);
  });
});

/** A folder of feeds, SQL files and the XML and SQL files beside them that are neither (real items and rows of datasets/). */
function feedsAndDumps(root: string): string {
  const datasets = join(import.meta.dirname, "../../../datasets");
  mkdirSync(root, { recursive: true });
  const item = readFileSync(join(datasets, "fresh-16/rss-item/people-auto__32025697.xml"));
  const dump = readFileSync(join(datasets, "fresh-17/sql-row/php-blog-post__2.sql"));
  writeFileSync(join(root, "channel.rss"), item);
  writeFileSync(join(root, "people-auto.xml"), item);
  writeFileSync(
    join(root, "pom.xml"),
    '<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n',
  );
  writeFileSync(join(root, "posts.sql"), dump);
  writeFileSync(join(root, "posts.sql.gz"), gzipSync(dump));
  const [schema, rows] = dump.toString("utf8").split("\ninsert");
  writeFileSync(join(root, "schema.sql"), schema!);
  // A wide schema's dump: more tables' structure than the walk's head holds before the rows.
  const tables = Array.from(
    { length: 800 },
    (_, i) =>
      `DROP TABLE IF EXISTS \`t${i}\`;\nCREATE TABLE \`t${i}\` (\n  id int(10) unsigned not null,\n  primary key (\`id\`)\n) ENGINE=InnoDB;\n`,
  );
  writeFileSync(join(root, "wide.sql"), `${tables.join("\n")}\n${schema}\ninsert${rows}`);
  return root;
}

describe("feeds and SQL dumps in a folder walk", () => {
  // A feed is read on its name (.rss, .atom), and as .xml when it opens as one; a .sql file when it
  // holds a dump's rows: a folder's build files, sitemaps and schema migrations are not news.
  it("reads a feed and a dump of rows, and says why it skips the XML and SQL files that are neither", async () => {
    const root = feedsAndDumps(join(paths.work, "feeds-and-dumps"));
    expect(await walkMessages(root)).toEqual([
      "channel.rss read",
      "people-auto.xml read",
      "pom.xml: its first bytes are no RSS or Atom feed and no tagged record corpus (<doc> records of fields)",
      "posts.sql read",
      "posts.sql.gz read",
      "schema.sql: its first bytes are no SQL dump's rows (INSERT, COPY)",
      "wide.sql read",
    ]);
  });

  it("reads every file of the extensions --ext names, as it reads any other", async () => {
    const root = feedsAndDumps(join(paths.work, "feeds-and-dumps-ext"));
    expect(await walk([root], [".xml", ".sql"])).toEqual([
      "channel.rss file skipped extension",
      "people-auto.xml file read",
      "pom.xml file read",
      "posts.sql file read",
      "posts.sql.gz file read",
      "schema.sql file read",
      "wide.sql file read",
    ]);
  });
});

describe("CSV and TSV exports in a folder walk", () => {
  // A .csv or .tsv file is read when its header names news columns (datasets/fresh-20: a Sina Finance
  // scraper's pandas export): a folder's price tables are not news, and caixun's own CSV output (its
  // fingerprint column) is not read back as news input.
  it("reads an export of news, and skips a table of other columns and caixun's own output", async () => {
    const root = join(paths.work, "csv-exports");
    mkdirSync(root, { recursive: true });
    const sina = join(
      import.meta.dirname,
      "../../../datasets/fresh-20/sina-csv/sina-stock__ihytcerm0991837.csv",
    );
    writeFileSync(join(root, "sina.csv"), readFileSync(sina));
    writeFileSync(join(root, "prices.csv"), "date,open,close\n2024-01-02,10.1,10.3\n");
    writeFileSync(
      join(root, "out.csv"),
      "file,ref,id,title,publishedAt,source,via,author,editor,categories,tags,originalUrl,securities,warnings,format,fingerprint,text\r\nsina.csv,,sinaStock:2,标题,,,,,,,,,,,dump-record,0f,正文。\r\n",
    );
    writeFileSync(join(root, "news.tsv"), "标题\t正文\n央行宣布降准\t央行决定下调存款准备金率。\n");
    // Columns the record mapping does not know: `parse` reads the rows by their values because the name vouches for
    // the file, and so does the walk (the same export, its header renamed).
    writeFileSync(
      join(root, "renamed.csv"),
      readFileSync(sina, "utf8").replace(/^.*\n/, "no,stamp,headline_cn,body_cn,url,origin\n"),
    );
    expect(await walkMessages(root)).toEqual([
      "news.tsv read",
      "out.csv: its first bytes are no header of news (title, content … ), or caixun's own CSV output",
      "prices.csv: its first bytes are no header of news (title, content … ), or caixun's own CSV output",
      "renamed.csv read",
      "sina.csv read",
    ]);
  });
});

describe("tagged record corpora in a folder walk", () => {
  // Files of <doc> records (datasets/fresh-21: Sogou Lab's news corpora, which ship as .dat) are read as
  // .xml or .dat when their first bytes are such records, and on their name as .txt or without an extension
  // (text with Chinese); a .dat file of other bytes is skipped, saying why.
  it("reads <doc> records as .xml, .dat, .txt or without an extension, and skips other .dat files", async () => {
    const root = join(paths.work, "tagged-records");
    mkdirSync(root, { recursive: true });
    const sogou = join(import.meta.dirname, "../../../datasets/fresh-21/sogou-xml");
    const records = Buffer.concat(
      ["sogouca__sohu-n344660519.dat", "sogouca__yahoo-1084644.dat"].map((name) =>
        readFileSync(join(sogou, name)),
      ),
    );
    for (const name of ["news_tensite_xml.dat", "sogou.xml", "sogou.txt", "sogou-records"])
      writeFileSync(join(root, name), records);
    writeFileSync(join(root, "weights.dat"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    expect(await walkMessages(root)).toEqual([
      "news_tensite_xml.dat read",
      "sogou-records read",
      "sogou.txt read",
      "sogou.xml read",
      "weights.dat: its first bytes are no tagged record corpus (<doc> records of fields)",
    ]);
  });
});

describe("files without an extension in a folder walk", () => {
  // A scraper saves pages under their titles, with no extension (datasets/dev scraper-text): the
  // walk reads such a file when its first bytes are text with Chinese in it, in any encoding.
  const folder = () => {
    const root = join(paths.work, "extensionless");
    mkdirSync(root, { recursive: true });
    const news = seed("003");
    writeFileSync(join(root, "万科打算给独立董事加薪水"), news);
    writeFileSync(
      join(root, "utf16-news"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(news.toString("utf8"), "utf16le")]),
    );
    writeFileSync(join(root, "archive"), gzipSync(news));
    writeFileSync(join(root, "Makefile"), "all:\n\tnpm test\n");
    writeFileSync(join(root, "empty"), "");
    writeFileSync(join(root, "LICENSE"), "MIT License\n");
    return root;
  };

  it("reads the ones whose first bytes are Chinese text and says why it skips the others", async () => {
    const root = folder();
    expect(await walkMessages(root)).toEqual([
      "LICENSE: the project's own file (read-me, licence, change log…), not news",
      "Makefile: no extension, and its first bytes are text without Chinese",
      "archive: no extension, and its first bytes are binary data",
      "empty: no extension, and its first bytes are empty",
      "utf16-news read",
      "万科打算给独立董事加薪水 read",
    ]);
  });

  it("leaves them to the extension list when --ext is given, and to the pattern in a glob", async () => {
    const root = folder();
    expect((await walk([root], [".md"])).filter((entry) => !entry.startsWith("LICENSE"))).toEqual([
      "Makefile file skipped extension",
      "archive file skipped extension",
      "empty file skipped extension",
      "utf16-news file skipped extension",
      "万科打算给独立董事加薪水 file skipped extension",
    ]);
    // A glob reads what its pattern matches, as before: the pattern was the choice.
    expect(await walk([`${root}/*`])).toEqual([
      "LICENSE file skipped project-file",
      "Makefile file read",
      "archive file read",
      "empty file read",
      "utf16-news file read",
      "万科打算给独立董事加薪水 file read",
    ]);
  });
});

describe("a digest beside the records it was rendered from", () => {
  // The shape of the dumps' daily digests (../shared/dumps/cls/*.md): core's detectInput reads it as one.
  const DIGEST = [
    "# 财联社快讯归档 2026-07-29",
    "",
    "- item_count: 1",
    "- source: 财联社 Web roll API",
    "",
    "## 00:03:22｜快讯1",
    "",
    "- id: `1`",
    "",
    "财联社7月29日电，第1条快讯的正文。",
    "",
  ].join("\n");

  it("is skipped for the first records file of its stem the walk reads, in name order, whatever the records' extension", async () => {
    const root = join(paths.work, "digests");
    mkdirSync(root, { recursive: true });
    const record = `${JSON.stringify({ id: 1, title: "快讯1", content: "财联社7月29日电，第1条快讯的正文。" })}\n`;
    // Two records files of one stem: the digest names the first.
    writeFileSync(join(root, "a.md"), DIGEST);
    writeFileSync(join(root, "a.jsonl"), record);
    writeFileSync(join(root, "a.jsonl.gz"), gzipSync(record));
    // Records beside it as .ndjson.gz, and a digest with nothing beside it.
    writeFileSync(join(root, "b.markdown"), DIGEST);
    writeFileSync(join(root, "b.ndjson.gz"), gzipSync(record));
    writeFileSync(join(root, "c.md"), DIGEST);
    // A news file beside records of its own stem is no digest: it is read.
    writeFileSync(join(root, "d.md"), seed("003"));
    writeFileSync(join(root, "d.ndjson"), record);
    const extensions = [".md", ".markdown", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];
    expect(await walkMessages(root, extensions)).toEqual([
      "a.jsonl read",
      "a.jsonl.gz read",
      "a.md: a digest of the records in a.jsonl, which are read instead",
      "b.markdown: a digest of the records in b.ndjson.gz, which are read instead",
      "b.ndjson.gz read",
      "c.md read",
      "d.md read",
      "d.ndjson read",
    ]);
    // Records the walk does not read do not make the digest a copy: it is read.
    expect(await walk([root], [".md"])).toContain("a.md file read");
  });
});

describe("a glob", () => {
  it("reports no entry its pattern leaves out, but still the ones it matches and cannot read", async () => {
    expect(await walk([`${paths.corpus}/*.md`])).toEqual([
      "a.md file read",
      "dangling.md file failed dangling-symlink: symbolic link to nowhere.md, which does not exist",
      "link-to-file.md file read",
      "loop-1.md file failed symlink-loop: symbolic link loop",
      "loop-2.md file failed symlink-loop: symbolic link loop",
      "pipe.md file skipped fifo",
      "socket.md file skipped socket",
    ]);
  });

  it("walks ** below its base, and reports the link to a folder it did not follow", async () => {
    expect(await walk([`${paths.corpus}/**/*.txt`])).toEqual([
      "link-to-sub file skipped symlink-to-folder",
      "sub/b.txt file read",
    ]);
  });
});

describe("resolveInputs", () => {
  it("takes files, folders, stdin and FIFOs or devices (as streams)", async () => {
    const fifo = join(paths.work, "arg-fifo");
    mkfifo(fifo);
    const roots = await resolveInputs([
      join(SEEDS, "000_ed6ab7b49aac3011.txt"),
      SEEDS,
      "-",
      fifo,
      "/dev/zero",
    ]);
    expect(roots.map((root) => root.kind)).toEqual(["file", "folder", "stdin", "stream", "stream"]);
    expect(await walk([fifo, "/dev/zero", "-"])).toEqual([
      "arg-fifo stream read",
      "zero stream read",
      "stdin stream read",
    ]);
  });

  it("refuses what names nothing readable, before any work, with the reason", async () => {
    const refusal = (spec: string) =>
      resolveInputs([spec]).then(
        () => "accepted",
        (error: Error) => error.message,
      );
    expect(await refusal(join(paths.corpus, "dangling.md"))).toBe(
      `${join(paths.corpus, "dangling.md")} is a symbolic link to nowhere.md, which does not exist`,
    );
    expect(await refusal(join(paths.corpus, "loop-1.md"))).toBe(
      `${join(paths.corpus, "loop-1.md")} is a symbolic link loop`,
    );
    expect(await refusal(join(paths.corpus, "socket.md"))).toBe(
      `${join(paths.corpus, "socket.md")} is a socket, not a file`,
    );
    expect(await refusal(join(paths.work, "missing"))).toBe(
      `no such file or folder: ${join(paths.work, "missing")}`,
    );
    expect(await refusal(`${paths.corpus}/*.nothing`)).toBe(`no files match ${paths.corpus}/*.nothing`);
    expect(await resolveInputs([]).catch((error: Error) => error.message)).toBe("no inputs given");
    expect(await resolveInputs(["-", "-"]).catch((error: Error) => error.message)).toBe(
      "stdin (-) can be read only once",
    );
  });

  it("follows a symbolic link to a folder given as an argument", async () => {
    const link = join(paths.work, "paths.corpus-link");
    symlinkSync(paths.corpus, link);
    expect((await walk([link])).filter((entry) => entry.endsWith(" read"))).toEqual([
      "a.md file read",
      "link-to-file.md file read",
      "sub/b.txt file read",
    ]);
  });
});

describe("project files", () => {
  it("are known by name: read-mes, licences, change logs… in any case, the ambiguous words in capitals", () => {
    const project = [
      "README.md",
      "readme.zh-CN.md",
      "README_CN.md",
      "LICENSE",
      "licence.txt",
      "CHANGELOG.md",
    ];
    const alsoProject = ["CONTRIBUTING.md", "code_of_conduct.md", "SECURITY.md", "AUTHORS", "HISTORY.md"];
    const news = ["security.md", "history.txt", "readme-first-news.md", "2021-12-08-readme.md", "新闻.md"];
    expect([...project, ...alsoProject].filter((name) => !isProjectFile(name))).toEqual([]);
    expect(news.filter(isProjectFile)).toEqual([]);
  });

  it("are skipped by a folder walk and a glob, with their reason, and read when named", async () => {
    const root = join(paths.work, "repository");
    mkdirSync(join(root, "_posts"), { recursive: true });
    for (const name of ["README.md", "LICENSE", "CHANGELOG.md", "security.md"]) {
      writeFileSync(join(root, name), "# x\n");
    }
    writeFileSync(join(root, "_posts", "README.zh-CN.md"), "# x\n");
    writeFileSync(join(root, "_posts", "2021-12-08-news.md"), "# x\n");
    expect(await walk([root])).toEqual([
      "CHANGELOG.md file skipped project-file",
      "LICENSE file skipped project-file",
      "README.md file skipped project-file",
      "_posts/2021-12-08-news.md file read",
      "_posts/README.zh-CN.md file skipped project-file",
      "security.md file read",
    ]);
    expect(await walk([`${root}/**/*.md`])).toEqual([
      "CHANGELOG.md file skipped project-file",
      "README.md file skipped project-file",
      "_posts/2021-12-08-news.md file read",
      "_posts/README.zh-CN.md file skipped project-file",
      "security.md file read",
    ]);
    expect(await walk([join(root, "README.md")])).toEqual(["README.md file read"]);
  });

  const goldReadme = join(SEEDS, "../../shared/corpus/gold/README.md");
  it.skipIf(!existsSync(goldReadme))("leave the shared corpus's gold/README.md out of a walk", async () => {
    const corpus = join(goldReadme, "../..");
    expect((await walk([corpus])).filter((entry) => entry.includes("project-file"))).toEqual([
      "gold/README.md file skipped project-file",
    ]);
  });
});
