// Core's link normalising (`src/markdown/links.ts`, `src/markdown/punycode.ts`: its own code for
// mdurl's parse, format, encode and decode and for punycode.js, issue 11) against markdown-it's
// `normalizeLink` and `normalizeLinkText` and against punycode.js itself, on real links and on
// arbitrary ones built from the pieces that steer a URL parser.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import punycode from "punycode.js";
import { describe, expect, it } from "vitest";
import { normalizeLink, normalizeLinkText } from "../src/markdown/links.js";
import { toASCII, toUnicode } from "../src/markdown/punycode.js";

const reference = new MarkdownIt();

/**
 * What a recoder answers: its result, or the kind of error it throws (links.ts keeps a host name that
 * throws as written; which label of several fails first, and so the message, is not part of that).
 */
function outcome(recode: (domain: string) => string, domain: string): string {
  try {
    return recode(domain);
  } catch (error) {
    return (error as Error).name;
  }
}

const URL_PIECE = fc.constantFrom(
  "http:",
  "https:",
  "HTTP:",
  "mailto:",
  "javascript:",
  "ftp:",
  "a+b.c-d:",
  "//",
  "/",
  "\\",
  "@",
  ":",
  ":80",
  ":",
  ".",
  "。",
  "．",
  "[",
  "]",
  "::1",
  "xn--",
  "xn--fsqu00a",
  "XN--FIQS8S",
  "xn--99999999",
  "xn--a-é",
  "-",
  "例子",
  "中国",
  "a",
  "Z",
  "9",
  "_",
  "+",
  "%",
  "%25",
  "%3b",
  "%3B",
  "%41",
  "%E4%B8%AD",
  "%e4%b8",
  "%C0%80",
  "%C3",
  "%E0%80%80",
  "%ED%A0%80",
  "%F0%9F%98%80",
  "%F4%90%80%80",
  "%F8",
  "%80",
  "%G1",
  "?",
  "#",
  ";",
  "'",
  "`",
  "{",
  "|",
  "^",
  '"',
  "<",
  " ",
  "\t",
  "\u2028",
  "\u007f",
  "😀",
  "\uD800",
  "\uDC00",
  "a".repeat(64),
  "b".repeat(130),
  "é".repeat(40),
);

const urls = fc.oneof(
  fc.array(URL_PIECE, { maxLength: 24 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("core's link normalising", () => {
  it("gives markdown-it's answers on real links", () => {
    const links = [
      "http://例子.中国/路径?a=1 b",
      "https://finance.eastmoney.com/a/202201302266849892.html",
      "http://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84",
      "mailto:编辑@新华网.中国",
      "//例子。中国:8080/a b#c d",
      "http://[::1]:3000/x",
      "http://user:pass@例子.cn/%zz",
      "http://@example.com",
      "HTTP://例子.cn",
      "javascript://例子.cn",
      "./相对/路径.md",
    ];
    for (const link of links) {
      expect(normalizeLink(link), link).toBe(reference.normalizeLink(link));
      expect(normalizeLinkText(link), link).toBe(reference.normalizeLinkText(link));
    }
    expect(normalizeLink("http://例子.中国/路径")).toBe("http://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84");
    expect(normalizeLinkText("http://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%25")).toBe("http://例子.中国/路%25");
    expect(normalizeLink("http://@example.com")).toBe("http://example.com");
  });

  it("gives markdown-it's answers on arbitrary links (fast-check)", () => {
    fc.assert(
      fc.property(urls, (url) => {
        expect(normalizeLink(url)).toBe(reference.normalizeLink(url));
        expect(normalizeLinkText(url)).toBe(reference.normalizeLinkText(url));
      }),
      { numRuns: 30000 },
    );
  });

  it("recodes host names as punycode.js does, failures included (fast-check)", () => {
    expect(toASCII("例子.中国")).toBe("xn--fsqu00a.xn--fiqs8s");
    // `xn--` is matched as written, as punycode.js matches it.
    expect(toUnicode("xn--fsqu00a。XN--FIQS8S")).toBe("例子.XN--FIQS8S");
    expect(outcome(toUnicode, "xn--99999999")).toBe("RangeError");
    expect(outcome(punycode.toUnicode, "xn--99999999")).toBe("RangeError");
    const label = fc.oneof(
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(..."abz09-é中😀"), maxLength: 20 }).map((s) => `xn--${s}`),
    );
    fc.assert(
      fc.property(fc.array(label, { maxLength: 4 }), (labels) => {
        const domain = labels.join(".");
        // punycode.js reads `user@` off an e-mail address; links.ts hands over host names only.
        fc.pre(!domain.includes("@"));
        expect(outcome(toASCII, domain)).toBe(outcome(punycode.toASCII, domain));
        expect(outcome(toUnicode, domain)).toBe(outcome(punycode.toUnicode, domain));
      }),
      { numRuns: 30000 },
    );
  });
});
