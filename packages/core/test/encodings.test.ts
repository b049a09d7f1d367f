/**
 * Encodings Chinese scrapes come in, on real text:
 * - `fixtures/encodings/ctee-20240805.*`: the standfirst of 工商時報 (ctee.com.tw) “2024上半年手機銷量
 *   Top 20”, 2024-08-05 (https://www.ctee.com.tw/news/20240805700832-431207), as saved in the public
 *   repository lostmypillow/dms-scrape (test/tested/cteetest.js @ b8896fd); the Big5 file is that
 *   text encoded with Python's `big5` codec.
 * - `fixtures/encodings/seed-001.gb18030.txt`: seeds/001 encoded with Python's `gb18030` codec;
 *   `seed-001.cp1252-mojibake.txt`: seeds/001's UTF-8 bytes read with Python's `cp1252` codec (the
 *   five bytes it leaves undefined as C1 characters, as Windows does) and saved again as UTF-8.
 * - UTF-16 without a BOM and the mojibake cases are made here from the seeds' own bytes, the way a
 *   tool that misreads them makes them; GBK read one byte off is a real SogouCA record (datasets/fresh-21).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { decode, mojibakeRepaired, normalise, readAsLegacy } from "../src/stages/decode.js";
import { trimWhere } from "../src/text/chars.js";
import { utf16WithoutBom } from "../src/text/legacy-encodings.js";
import { gbkGate, utf8HanMax } from "../src/text/mojibake.js";
import { warning } from "../src/warnings.js";
import { FRESH_21 } from "./datasets.js";
import { seed } from "./helpers.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "encodings");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const codes = (article: Article) => article.warnings.map((w) => w.code);
/** What an encoding must not change. */
const content = (article: Article) => ({
  id: article.id,
  title: article.title,
  text: article.text,
  publishedAt: article.publishedAt,
  source: article.source,
});

describe("Big5 and GB18030", () => {
  it("reads traditional Chinese in Big5 as the same article as its UTF-8, and says so", () => {
    const big5 = parse(fixture("ctee-20240805.big5.txt"));
    const utf8 = parse(fixture("ctee-20240805.utf8.txt"));
    expect(big5.title).toBe("2024上半年手機銷量Top 20");
    expect(content(big5)).toEqual(content(utf8));
    expect(codes(big5)).toContain("encoding-big5");
    expect(codes(big5)).not.toContain("encoding-invalid");
  });

  it("still reads simplified Chinese in GB18030 as GB18030, not Big5", () => {
    const gb = parse(fixture("seed-001.gb18030.txt"));
    expect(content(gb)).toEqual(content(parse(seed(1))));
    expect(codes(gb)).toContain("encoding-gb18030");
  });

  // parseAll decodes a small file once, for the sample that picks its reader, and keeps that text
  // only when the bytes were valid UTF-8: a legacy file, or UTF-8 with an invalid byte or a U+FFFD
  // of its own, is decoded again as parse decodes it.
  it("reads a small file through parseAll as parse does, whatever its encoding", () => {
    const withReplacement = new TextEncoder().encode(`\uFFFD${new TextDecoder().decode(seed(1))}`);
    const invalid = seed(1).slice();
    invalid[invalid.length - 3] = 0xff;
    for (const bytes of [
      fixture("seed-001.gb18030.txt"),
      fixture("ctee-20240805.big5.txt"),
      seed(1),
      withReplacement,
      invalid,
      utf16(new TextDecoder().decode(seed(0)), "be"),
    ]) {
      const results = [...parseAllSync(bytes, { filename: "story.txt" })];
      expect(results).toEqual([{ ok: true, article: parse(bytes, { filename: "story.txt" }) }]);
    }
  });
});

/** UTF-16 code units of the text, without a BOM, in either byte order. */
function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(text, "utf16le"));
  if (order === "be")
    for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
}

describe("byte order marks", () => {
  // Found by the property test on arbitrary fragments: a decoder takes one BOM from bytes, a string
  // keeps it, so a file saved twice with a BOM lost its front matter as a string.
  it("drops every leading BOM, from bytes and from a string alike", () => {
    const text = "\ufeff\ufeff---\ntitle: 标题\n---\n正文。";
    for (const input of [text, new TextEncoder().encode(text)]) {
      const article = parse(input);
      expect([article.format, article.title, article.text]).toEqual(["front-matter", "标题", "正文。"]);
    }
  });
});

describe("UTF-16 without a byte order mark", () => {
  for (const order of ["le", "be"] as const) {
    it(`reads every seed in UTF-16${order.toUpperCase()} without a BOM as its UTF-8 article`, () => {
      for (let index = 0; index < 5; index++) {
        const text = new TextDecoder().decode(seed(index));
        const article = parse(utf16(text, order));
        expect(content(article), `seed ${index}`).toEqual(content(parse(text)));
        expect(codes(article)).toContain("encoding-utf16");
      }
    });
  }

  it("reads ASCII in UTF-16 without a BOM as UTF-16, though its bytes are also valid UTF-8", () => {
    const article = parse(utf16("hello world\n", "le"));
    expect(article.text).toBe("hello world");
    expect(codes(article)).toContain("encoding-utf16");
  });

  // Found by the property test on arbitrary fragments (seed -256086984): 00 3C 70 3E is `<瀾` in
  // UTF-16BE, but as valid UTF-8 with one NUL in four bytes it is UTF-8.
  it("reads UTF-8 with a stray NUL character as UTF-8", () => {
    for (const text of ["\u0000<br>", "\u0000<p>\u0000<br>"]) {
      const article = parse(new TextEncoder().encode(text));
      expect(article.text).toBe(parse(text).text);
      expect(codes(article)).not.toContain("encoding-utf16");
    }
  });

  it("decodes bytes as the UTF-16 test first, then UTF-8, then the legacy encodings did (fast-check)", () => {
    // decode now tries UTF-8 first and the UTF-16 test only for text with a NUL or bytes that are not UTF-8;
    // the reference is the order before (603d9f8d), from the same pieces. Bytes of every branch: ASCII and NUL
    // (UTF-16 ASCII is valid UTF-8), UTF-8 Han, UTF-16 Han, GBK Han, stray and truncated bytes.
    const piece = fc.constantFrom(
      [0x00],
      [0x68, 0x00],
      [0x00, 0x68],
      [0x3c, 0x70, 0x3e],
      [0x0a],
      [0xe4, 0xb8, 0xad],
      [0xe6, 0x96, 0x87],
      [0x2d, 0x4e],
      [0xd6, 0xd0, 0xce, 0xc4],
      [0xa4, 0xa4],
      [0xff],
      [0x80],
      [0xe4, 0xb8],
      [0xef, 0xbb, 0xbf],
      [0xfe, 0xff],
    );
    const reference = (bytes: Uint8Array) => {
      for (const [order, first] of [
        ["utf-16le", 0xff],
        ["utf-16be", 0xfe],
      ] as const) {
        if (bytes[0] === first && bytes[1] === (first ^ 1)) {
          return normalise(new TextDecoder(order).decode(bytes.subarray(2)), order, [], DEFAULT_SETTINGS);
        }
      }
      const utf16 = utf16WithoutBom(bytes);
      if (utf16 !== null) {
        const said = warning(
          "encoding-utf16",
          `the bytes are ${utf16.toUpperCase()} without a byte order mark`,
        );
        return normalise(new TextDecoder(utf16).decode(bytes), utf16, [said], DEFAULT_SETTINGS);
      }
      let text: string | null = null;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        // Not UTF-8: read as the legacy encodings below.
      }
      if (text !== null) return normalise(text, "utf-8", [], DEFAULT_SETTINGS);
      const read = readAsLegacy(bytes, DEFAULT_SETTINGS);
      return normalise(read.text, read.encoding, [read.warning], DEFAULT_SETTINGS);
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const bytes = new Uint8Array(pieces.flat());
        expect(decode(bytes)).toEqual(reference(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("parseAll detects a UTF-16 file's kind from its text and gives the same article", () => {
    const text = new TextDecoder().decode(seed(0));
    const results = [...parseAllSync(utf16(text, "le"))];
    expect(results.map((result) => result.ok && content(result.article))).toEqual([content(parse(text))]);
  });
});

/** Characters of seeds/001 that reading its UTF-8 as GBK (Node's decoder) cuts short. */
const LOST_BY_GBK = 136;

describe("mojibake", () => {
  const original = seed(1);
  const expected = content(parse(original));

  it("repairs UTF-8 that was read as Latin-1 and saved again", () => {
    const latin1 = new TextDecoder("latin1").decode(original);
    const article = parse(new TextEncoder().encode(latin1));
    expect(content(article)).toEqual(expected);
    expect(article.warnings).toContainEqual(
      expect.objectContaining({ code: "mojibake-repaired", message: expect.stringContaining("Latin-1") }),
    );
  });

  it("repairs UTF-8 that was read as Windows-1252 (its own letters for 0x80–0x9F)", () => {
    const cp1252 = fixture("seed-001.cp1252-mojibake.txt");
    expect(new TextDecoder().decode(cp1252)).toMatch(/[€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/);
    expect(content(parse(cp1252))).toEqual(expected);
  });

  it("repairs UTF-8 that was read as GBK and saved again, losing only what GBK dropped", () => {
    const gbk = new TextDecoder("gb18030").decode(original);
    const article = parse(gbk);
    expect(article.warnings).toContainEqual(
      expect.objectContaining({ code: "mojibake-repaired", message: expect.stringContaining("GBK") }),
    );
    // Each character GBK cut short is one U+FFFD (the decoder here also swallows the line end
    // after it); every other character is back, in order.
    const lost = [...article.text].filter((ch) => ch === "\ufffd").length;
    expect(lost).toBe(LOST_BY_GBK);
    expect(lost).toBeLessThan(expected.text.length / 20);
    const kept = [...article.text.replace(/\ufffd/g, "")];
    let at = 0;
    for (const ch of expected.text) if (ch === kept[at]) at++;
    expect(at).toBe(kept.length);
    expect(article.title).toBe("中国太保产险曾义:金融为民守初\ufffd,将消费者权益保护进行到\ufffd");
  });

  it("leaves real text alone: no seed and no real traditional text is taken for mojibake", () => {
    for (let index = 0; index < 5; index++) {
      expect(codes(parse(seed(index)))).not.toContain("mojibake-repaired");
    }
    expect(codes(parse(fixture("ctee-20240805.utf8.txt")))).not.toContain("mojibake-repaired");
    // Real Latin letters stay: one accented letter is not a UTF-8 sequence.
    expect(parse("Café à Paris，naïve 的 résumé。").text).toBe("Café à Paris，naïve 的 résumé。");
  });
});

describe("GBK read one byte off (a lossy conversion's damage)", () => {
  // datasets/fresh-21/sogou-xml/sogouca__sohu-n344660519.dat, a SogouCA record as its UTF-8 copy keeps it (see
  // that set's SOURCES.tsv): a byte was lost where each paragraph began, so the characters after it were read
  // one byte off until a `?` put them back in step.
  const record = readFileSync(join(FRESH_21, "sogou-xml/sogouca__sohu-n344660519.dat"));

  it("reads the stretches back, opens their paragraphs again, and keeps the lost character's mark", () => {
    const article = parse(record);
    expect(article.warnings).toContainEqual(
      expect.objectContaining({
        code: "mojibake-repaired",
        message: expect.stringContaining("one byte off"),
      }),
    );
    expect(article.text.split("\n\n").map((paragraph) => paragraph.slice(0, 12))).toEqual([
      "中新社北京６月２日电（记",
      "据悉?审计署１日公布了中",
      "对于审计署指出的中?农业",
      "据审计署企业审计司负责人",
    ]);
    // A stretch of one character cannot be judged: it stays as the file wrote it.
    expect(article.text).toContain("完成了整改，其他问题正在积极整改中。?９?资委称");
  });

  it("leaves a question between marks alone when its characters are common ones (fast-check)", () => {
    const common = fc.constantFrom(..."我们的中国经济市场公司发展表示记者今年企业问题");
    fc.assert(
      fc.property(fc.array(common, { minLength: 1, maxLength: 20 }), (characters) => {
        const text = `真的吗?${characters.join("")}?是的。`;
        expect(parse(text).text).toBe(text);
      }),
    );
  });
});

describe("the GBK repair's gate", () => {
  it("counts the Han characters of a real page among its markup and Latin text, and the share of common ones", () => {
    // seeds/000 (a Jekyll post: front matter, Markdown, 4,324 code units): code units below U+4E00 have no Han kind
    // and are passed without a look-up; one of its 1,753 Han characters is not among GB2312's first level.
    const gate = gbkGate(new TextDecoder().decode(seed(0)));
    if (gate === null) return; // no GBK decoder in this runtime
    expect(gate).toEqual({ mostlyUncommon: false, han: 1753, share: 1752 / 1753 });
    // Its bytes bound its Han characters (its full-width punctuation counted in too), and the gate says the same.
    const bytes = seed(0);
    const text = new TextDecoder().decode(bytes);
    expect(utf8HanMax(bytes.length, text.length)).toBe(1959);
    expect(gbkGate(text, utf8HanMax(bytes.length, text.length))!.mostlyUncommon).toBe(false);
    // Seven Han characters of mojibake (`涓枃` is 中文 read as GBK) among ASCII: too few, known from the bytes.
    const few = "Title: 涓枃涓枃涓枃涓 and more";
    expect(utf8HanMax(new TextEncoder().encode(few).length, few.length)).toBe(7);
    expect(gbkGate(few, 7)!.mostlyUncommon).toBe(false);
  });

  it("reads only as far as it must and says what the share of the whole text says (fast-check)", () => {
    // Common (的是), uncommon (涓枃), ASCII (a, crossed by one match where two or more follow each other) and other
    // code units that are not Han (，), in any order and at every share, some texts one character past 256, where a
    // check for an early end falls when nothing was crossed and ending early is closest to wrong.
    const text = fc
      .record({
        common: fc.integer({ min: 0, max: 400 }),
        uncommon: fc.integer({ min: 0, max: 400 }),
        other: fc.integer({ min: 0, max: 400 }),
        punctuation: fc.integer({ min: 0, max: 100 }),
        pastCheck: fc.boolean(),
      })
      .chain(({ common, uncommon, other, punctuation, pastCheck }) => {
        const units = [
          ...Array.from({ length: common }, (_, i) => "的是"[i % 2]!),
          ...Array.from({ length: uncommon }, (_, i) => "涓枃"[i % 2]!),
          ...Array.from({ length: other }, () => "a"),
          ...Array.from({ length: punctuation }, () => "，"),
        ];
        if (pastCheck) while (units.length % 256 !== 1) units.push("a");
        return fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length });
      })
      .map((units) => units.join(""));
    fc.assert(
      fc.property(text, (text) => {
        const gate = gbkGate(text);
        if (gate === null) return; // no GBK decoder in this runtime
        expect(gate.han).toBe(text.match(/[\u4e00-\u9fff]/g)?.length ?? 0);
        expect(gate.mostlyUncommon).toBe(gate.han >= 8 && gate.share < 0.5);
        // Bounded by the text's UTF-8 bytes, the gate may stop sooner and says the same.
        const hanMax = utf8HanMax(new TextEncoder().encode(text).length, text.length);
        expect(hanMax).toBeGreaterThanOrEqual(gate.han);
        expect(gbkGate(text, hanMax)!.mostlyUncommon).toBe(gate.mostlyUncommon);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("normalise's one scan for control characters and Latin leads", () => {
  it("drops a control character from a real text and counts it, and leaves a real Latin letter", () => {
    // seeds/000 with a BEL inside its first line and `×` (U+00D7, a Latin lead: one test's character, not mojibake)
    // after it: the one scan finds both, and the tests it stands for say what they said.
    const text = new TextDecoder().decode(seed(0));
    const cut = text.indexOf("\n");
    const decoded = normalise(
      `${text.slice(0, cut)}\u0007×${text.slice(cut)}`,
      "utf-8",
      [],
      DEFAULT_SETTINGS,
    );
    expect(decoded.text).toBe(`${text.slice(0, cut)}×${text.slice(cut)}`);
    expect(decoded.warnings).toEqual([
      warning("control-characters", "1 control character(s) such as NUL were removed"),
    ]);
    expect(normalise(text, "utf-8", [], DEFAULT_SETTINGS)).toEqual({ text, encoding: "utf-8", warnings: [] });
  });

  it("normalises as the Latin-1 test, the repairs and the control count each read the whole text did (fast-check)", () => {
    // The reference is normalise before the one scan (88682c4c), written from its parts: every repair tried, then
    // line ends, NUL padding and the control count. Pieces of every branch: controls, NUL, line ends, a Latin lead
    // alone and as Latin-1 and Windows-1252 mojibake (中 as `ä¸\u00ad`, 的 as `çš„`), GBK mojibake (中文 as 涓枃),
    // a slipped GBK stretch, common Han, markup.
    const piece = fc.constantFrom(
      "\u0000",
      "\u0007",
      "\u001b",
      "\u007f",
      "\r",
      "\r\n",
      "\n",
      "×",
      "é",
      "ä¸\u00ad",
      "çš„",
      "涓枃",
      "?６杂谏蠹剖鹬赋龅闹泄?",
      "的是中国",
      "<p>",
      "\u0085",
    );
    const reference = (raw: string) => {
      let text = raw;
      const warnings = [];
      const repair = mojibakeRepaired(text, "utf-8");
      if (repair !== null) {
        text = repair.text;
        warnings.push(repair.warning);
      }
      text = text.replace(/\r\n?/g, "\n");
      const unpadded = trimWhere(text, (code) => code === 0, "end");
      const padding = text.length - unpadded.length;
      const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
      const controls = unpadded.match(control)?.length ?? 0;
      if (padding > 0 || controls > 0) {
        text = unpadded.replace(control, "");
        warnings.push(
          warning(
            controls / unpadded.length > DEFAULT_SETTINGS.binaryControlShare
              ? "binary-content"
              : "control-characters",
            `${controls + padding} control character(s) such as NUL were removed`,
          ),
        );
      }
      return { text, encoding: "utf-8", warnings };
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(normalise(text, "utf-8", [], DEFAULT_SETTINGS)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
