// An audit of the names caixun reads as a story's `source`, over every real input on this machine: the shared
// corpus (../shared/corpus), every labelled set (datasets/*/, their inputs only) and the feeds' days
// (../shared/dumps/*/data). Each distinct source is listed with its count, one example and a class: an outlet, or
// what else the name is (a place, a person, a generic word, a column or channel, a date, a sentence fragment), so
// that a value that is no outlet's shows up as a class to fix, not as one file's miss.
//   npx tsx scripts/audit-sources.ts                     the classes' counts and every name that is not an outlet
//   npx tsx scripts/audit-sources.ts --all               every distinct name, outlets too
//   npx tsx scripts/audit-sources.ts --save FILE         also write each record's source (one line each: input, source)
//   npx tsx scripts/audit-sources.ts --compare FILE      the records whose source differs from a saved run, by class
//   npx tsx scripts/audit-sources.ts --field author      the same for `author` (or `editor`): what is no person's
// Labels are not read: held-out sets are parsed, never compared with their gold (their misses stay unseen).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { isPersonNames, looksLikeOutlet } from "../src/credits/outlets.js";
import { parseAllSync } from "../src/parse-all.js";
import { PLACES } from "../src/stories/words.js";

const repo = resolve(import.meta.dirname, "../../..");
const shared = resolve(repo, "../shared");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};

/** Files of a labelled set that are no input: its labels and notes. */
const NOT_INPUT = /(?:^|\/)(?:gold|README\.md|SOURCES\.tsv)(?:\/|$)/u;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => !NOT_INPUT.test(path) && statSync(join(dir, path)).isFile())
    .sort()
    .map((path) => join(dir, path));
}

function inputs(): string[] {
  const corpus = filesUnder(join(shared, "corpus"));
  if (corpus.length === 0) console.error(`no shared corpus at ${shared}: audited without it`);
  const sets = readdirSync(join(repo, "datasets"))
    .sort()
    .flatMap((set) => filesUnder(join(repo, "datasets", set)));
  const dumps = existsSync(join(shared, "dumps"))
    ? readdirSync(join(shared, "dumps"))
        .sort()
        .flatMap((feed) => filesUnder(join(shared, "dumps", feed, "data")))
    : [];
  return [...corpus, ...sets, ...dumps];
}

/** A place's name, whole: story grouping's table of places, and cities datelines are filed from (the audit's only). */
const CITIES = new Set(
  (
    "石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 合肥 福州 南昌 济南 南宁 海口 三亚 贵阳 昆明 拉萨 兰州 西宁 银川 乌鲁木齐 " +
    "无锡 温州 佛山 东莞 珠海 烟台 台北 高雄 雄安 东京 首尔 平壤 新德里 伊斯兰堡 喀布尔 德黑兰 巴格达 大马士革 " +
    "贝鲁特 安曼 利雅得 多哈 迪拜 阿布扎比 耶路撒冷 特拉维夫 开罗 安卡拉 伊斯坦布尔 莫斯科 基辅 明斯克 华沙 布拉格 " +
    "维也纳 布达佩斯 柏林 法兰克福 巴黎 伦敦 布鲁塞尔 阿姆斯特丹 日内瓦 罗马 马德里 雅典 斯德哥尔摩 奥斯陆 哥本哈根 " +
    "赫尔辛基 阿斯塔纳 阿拉木图 塔什干 比什凯克 乌兰巴托 河内 曼谷 万象 金边 仰光 吉隆坡 雅加达 马尼拉 堪培拉 悉尼 " +
    "华盛顿 纽约 芝加哥 洛杉矶 旧金山 渥太华 多伦多 墨西哥城 巴西利亚 圣保罗 布宜诺斯艾利斯 内罗毕 联合国"
  ).split(" "),
);
const isPlace = (name: string) => PLACES.includes(name) || CITIES.has(name);

/** What a name that is no outlet's is, tried in this order. */
const CLASSES: ReadonlyArray<[string, (name: string) => boolean]> = [
  ["date", (name) => /\d{1,4}\s*[年月日]|^\d{4}[-/.]\d{1,2}/u.test(name)],
  ["fragment", (name) => name.length > 20 || /[。，,！？!?；;：:]/u.test(name)],
  ["place", isPlace],
  ["column or channel", (name) => /(?:频道|栏目|专栏|专题|板块|版块|专区|首页)$/u.test(name)],
  ["address", (name) => /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/iu.test(name)],
  [
    "generic word",
    (name) =>
      /^(?:本站|本网|网络|网络整理|互联网|综合|整理|原创|未知|不详|网友|转载|来源|作者|编辑|佚名|匿名|投稿|官方|小编)$/u.test(
        name,
      ),
  ],
  // By shape only: two or three Han characters are as often a short outlet's name (`雪球`, `量子位`).
  ["person", (name) => isPersonNames(name) || /^\p{Script=Han}{2,3}$/u.test(name)],
];

/** The field audited, and the class its values are meant to be. */
const field = option("--field") ?? "source";
if (!["source", "author", "editor"].includes(field)) {
  console.error("--field is source, author or editor");
  process.exit(2);
}
const expected = field === "source" ? "outlet" : "person";

function classOf(name: string): string {
  if (looksLikeOutlet(name)) return isPlace(name) ? "place" : "outlet";
  for (const [kind, test] of CLASSES) if (test(name)) return kind;
  return "other name";
}

interface Seen {
  count: number;
  example: string;
}

const records = new Map<string, string>();
const sources = new Map<string, Seen>();
let failures = 0;
for (const path of inputs()) {
  let bytes: Uint8Array = readFileSync(path);
  const filename = path.replace(/\.gz$/u, "");
  if (path.endsWith(".gz")) bytes = gunzipSync(bytes);
  const where = relative(repo, path);
  for (const result of parseAllSync(bytes, { filename })) {
    if (!result.ok) {
      failures++;
      continue;
    }
    const article = result.article;
    const key = article.ref == null ? where : `${where} ${article.ref}`;
    const name = (field === "source" ? article.source?.name : article[field as "author" | "editor"]) ?? "";
    records.set(key, name);
    if (name === "") continue;
    const seen = sources.get(name) ?? { count: 0, example: key };
    seen.count++;
    sources.set(name, seen);
  }
}

const byClass = new Map<string, number>();
for (const [name, seen] of sources)
  byClass.set(classOf(name), (byClass.get(classOf(name)) ?? 0) + seen.count);
const named = [...records.values()].filter((name) => name !== "").length;
console.log(
  `${records.size} records (${failures} failed), ${named} with ${field}, ${sources.size} distinct values`,
);
for (const [kind, count] of [...byClass].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${count}`);
console.log("");
const listAll = args.includes("--all");
for (const [name, seen] of [...sources].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
  const kind = classOf(name);
  if (listAll || kind !== expected) console.log(`${kind}\t${seen.count}\t${name}\t${seen.example}`);
}

const save = option("--save");
if (save !== undefined)
  writeFileSync(save, [...records].map(([key, name]) => `${key}\t${name}\n`).join(""), "utf8");

const compare = option("--compare");
if (compare !== undefined) {
  const before = new Map(
    readFileSync(compare, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => line.split("\t") as [string, string]),
  );
  const changes = new Map<string, string[]>();
  for (const [key, name] of records) {
    const was = before.get(key);
    if (was === undefined || was === name) continue;
    const change = `${was === "" ? "none" : classOf(was)} → ${name === "" ? "none" : classOf(name)}`;
    changes.set(change, [...(changes.get(change) ?? []), `${key}: ${was || "—"} → ${name || "—"}`]);
  }
  console.log(`\n${[...changes.values()].flat().length} records' ${field} changed`);
  for (const [change, list] of changes) {
    console.log(`  ${change}: ${list.length}`);
    for (const line of list.slice(0, 8)) console.log(`    ${line}`);
  }
}
