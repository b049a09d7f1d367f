// An audit of the names caixun reads as a story's `source`, over every real input on this machine: the shared
// corpus (../shared/corpus), every labelled set (datasets/*/, their inputs only) and the feeds' days
// (../shared/dumps/*/data). Each distinct source is listed with its count, one example and a class: an outlet, or
// what else the name is (a place, a person, a generic word, a column or channel, a date, a sentence fragment), so
// that a value that is no outlet's shows up as a class to fix, not as one file's miss.
//   npx tsx scripts/audit-sources.ts                     the classes' counts and every name that is not an outlet
//   npx tsx scripts/audit-sources.ts --all               every distinct name, outlets too
//   npx tsx scripts/audit-sources.ts --save FILE         also write each record's values (a line each: input, values, classes)
//   npx tsx scripts/audit-sources.ts --compare FILE      the records whose source differs from a saved run, by class
//   npx tsx scripts/audit-sources.ts --field author      the same for `author` (or `editor`): what is no person's
//   npx tsx scripts/audit-sources.ts --field via         the same for each hop of `via`: what is no carrier (a platform,
//                                                        a portal, an aggregator, an app), or the source itself again
//   npx tsx scripts/audit-sources.ts --field publishedAt each record's date by class: none, before 1990, after today,
//                                                        after the input's other dates, off its file name's or title's
//                                                        day by more than a day, a date only, a date with its time
// Labels are not read: held-out sets are parsed, never compared with their gold (their misses stay unseen).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Article } from "../src/article.js";
import {
  CARRIER_PORTALS,
  isPersonNames,
  looksLikeOutlet,
  platformOutlet,
  sameOutlet,
} from "../src/credits/outlets.js";
import {
  type CalendarDate,
  calendarDateIn,
  dateFromFileName,
  shanghaiDay,
} from "../src/enrich/date-evidence.js";
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
  // By shape only: two or three Han characters are as often a short outlet's name (`雪球`, `量子位`), and a hop's
  // more often than a person's (`小红圈`, a platform): for `via`, only a list of names.
  ["person", (name) => isPersonNames(name) || (field !== "via" && /^\p{Script=Han}{2,3}$/u.test(name))],
];

/** The classes of a record's date (`--field publishedAt`), the wrong ones first. */
const NO_DATE = "none";
const DATE_ONLY = "date only";
const WITH_TIME = "with time";
const BEFORE_1990 = "before 1990";
const AFTER_TODAY = "after today";
const AFTER_THE_FILE = "after the file's other dates";
const OFF_THE_NAMED_DAY = "off the file name's or title's day";

/** The field audited, and the class its values are meant to be. */
const field = option("--field") ?? "source";
if (!["source", "author", "editor", "via", "publishedAt"].includes(field)) {
  console.error("--field is source, author, editor, via or publishedAt");
  process.exit(2);
}
/** The classes the field's values are meant to be: the rest are listed. */
const expected = new Set(
  { source: ["outlet"], via: ["carrier"], publishedAt: [DATE_ONLY, WITH_TIME] }[field] ?? ["person"],
);

/** The platforms a hop may name that no outlet's ending reads: a social platform, a portal's short name. */
const PLATFORMS = new Set(["微信公众号", "微信", "微博", "今日头条", "百家号", "UC", ...CARRIER_PORTALS]);

/** A hop of `via` repeats the story's source when both name one outlet (`sameOutlet`): the source is no carrier. */
const SAME_AS_SOURCE = "the source again";

function classOf(name: string): string {
  if (looksLikeOutlet(name)) return isPlace(name) ? "place" : field === "via" ? "carrier" : "outlet";
  if (field === "via" && (PLATFORMS.has(name) || platformOutlet(name) !== null)) return "carrier";
  for (const [kind, test] of CLASSES) if (test(name)) return kind;
  return "other name";
}

/** Each value a record gives the audited field: `via`'s hops, one by one, else the field's one name. */
function valuesOf(article: Article): string[] {
  if (field === "via") return article.via;
  if (field === "publishedAt") return [article.publishedAt ?? NO_DATE];
  const name = field === "source" ? article.source?.name : article[field as "author" | "editor"];
  return name == null || name === "" ? [] : [name];
}

/** A value's class for the record that gives it: a hop naming the record's source is that, whatever its name. */
function classIn(name: string, article: Article): string {
  const source = article.source?.name;
  return field === "via" && source !== undefined && sameOutlet(name, source) ? SAME_AS_SOURCE : classOf(name);
}

const DAY_MS = 86_400_000;
/** An instant's day on China's clock, counted in days from 1970-01-01: days apart are a subtraction. */
const dayNumber = (iso: string) => Date.parse(`${shanghaiDay(iso)}T00:00:00Z`) / DAY_MS;
const calendarDayNumber = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
const FIRST_DAY = calendarDayNumber({ year: 1990, month: 1, day: 1 });
const TODAY = Math.floor(Date.now() / DAY_MS);

/**
 * Each record's date class in its input: none; before 1990; after the audit's day; in an input whose other records
 * fall within two days (a day's dump, one day's digest), more than a day after the latest of them; more than a day
 * off the day the file name or the record's title writes; else a date only (midnight, as a day alone is written) or
 * a date with its time. Whether the file stated a zone the Article does not keep: a date without one is China's.
 */
function datesInFile(articles: readonly Article[], filename: string): string[] {
  const days = articles.map((article) =>
    article.publishedAt === null ? null : dayNumber(article.publishedAt),
  );
  const known = days.filter((day): day is number => day !== null).sort((a, b) => a - b);
  const fileDay = dateFromFileName(filename);
  return articles.map((article, at) => {
    const day = days[at];
    if (day === null || day === undefined) return NO_DATE;
    if (day < FIRST_DAY) return BEFORE_1990;
    if (day > TODAY) return AFTER_TODAY;
    // The other records' span: the sorted days without this one.
    const first = day === known[0] ? known[1] : known[0];
    const last = day === known.at(-1) ? known.at(-2) : known.at(-1);
    if (first !== undefined && last !== undefined && last - first <= 1 && day > last + 1)
      return AFTER_THE_FILE;
    const named = [fileDay, calendarDateIn(article.title)].filter((date) => date !== null);
    if (named.some((date) => Math.abs(calendarDayNumber(date) - day) > 1)) return OFF_THE_NAMED_DAY;
    return /T00:00:00(?:\.0+)?(?:Z|[+-])/u.test(article.publishedAt!) ? DATE_ONLY : WITH_TIME;
  });
}

interface Seen {
  count: number;
  example: string;
}

/** A record's values of the field, `|` between hops, and their classes: what `--save` writes and `--compare` reads. */
interface Recorded {
  values: string;
  classes: string;
}

const HOP_JOINT = "|";
const records = new Map<string, Recorded>();
/** Each distinct value, by its class and the value (`class\tvalue`): a hop may be a carrier here, the source there. */
const seenValues = new Map<string, Seen>();
let failures = 0;
for (const path of inputs()) {
  let bytes: Uint8Array = readFileSync(path);
  const filename = path.replace(/\.gz$/u, "");
  if (path.endsWith(".gz")) bytes = gunzipSync(bytes);
  const where = relative(repo, path);
  const articles: Article[] = [];
  for (const result of parseAllSync(bytes, { filename })) {
    if (result.ok) articles.push(result.article);
    else failures++;
  }
  const dated = field === "publishedAt" ? datesInFile(articles, filename) : null;
  articles.forEach((article, at) => {
    const key = article.ref == null ? where : `${where} ${article.ref}`;
    const values = valuesOf(article);
    const classes = dated === null ? values.map((name) => classIn(name, article)) : [dated[at]!];
    records.set(key, { values: values.join(HOP_JOINT), classes: classes.join(HOP_JOINT) });
    values.forEach((name, at) => {
      const seenKey = `${classes[at]}\t${name}`;
      const seen = seenValues.get(seenKey) ?? { count: 0, example: key };
      seen.count++;
      seenValues.set(seenKey, seen);
    });
  });
}

const byClass = new Map<string, number>();
for (const [seenKey, seen] of seenValues) {
  const kind = seenKey.slice(0, seenKey.indexOf("\t"));
  byClass.set(kind, (byClass.get(kind) ?? 0) + seen.count);
}
const named = [...records.values()].filter((record) => record.values !== "").length;
console.log(
  `${records.size} records (${failures} failed), ${named} with ${field}, ${seenValues.size} distinct values`,
);
for (const [kind, count] of [...byClass].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${count}`);
console.log("");
const listAll = args.includes("--all");
for (const [seenKey, seen] of [...seenValues].sort(
  (a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1),
)) {
  const [kind, name] = seenKey.split("\t") as [string, string];
  if (listAll || !expected.has(kind)) console.log(`${kind}\t${seen.count}\t${name}\t${seen.example}`);
}

const save = option("--save");
if (save !== undefined)
  writeFileSync(
    save,
    [...records].map(([key, record]) => `${key}\t${record.values}\t${record.classes}\n`).join(""),
    "utf8",
  );

const compare = option("--compare");
if (compare !== undefined) {
  // A file saved before the classes were written (two columns) has its classes read again from the names.
  const before = new Map(
    readFileSync(compare, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const [key, values = "", classes] = line.split("\t") as [string, string?, string?];
        const recorded = classes ?? values.split(HOP_JOINT).filter(Boolean).map(classOf).join(HOP_JOINT);
        return [key, { values, classes: recorded }] as const;
      }),
  );
  const changes = new Map<string, string[]>();
  for (const [key, record] of records) {
    const was = before.get(key);
    if (was === undefined || was.values === record.values) continue;
    const change = `${was.classes || "none"} → ${record.classes || "none"}`;
    const line = `${key}: ${was.values || "—"} → ${record.values || "—"}`;
    changes.set(change, [...(changes.get(change) ?? []), line]);
  }
  console.log(`\n${[...changes.values()].flat().length} records' ${field} changed`);
  for (const [change, list] of changes) {
    console.log(`  ${change}: ${list.length}`);
    for (const line of list.slice(0, 8)) console.log(`    ${line}`);
  }
}
