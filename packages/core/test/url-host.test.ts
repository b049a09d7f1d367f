// urlHost and urlPath (text/url.ts) against what they stand in for, `new URL(url).hostname` lower-cased and
// `new URL(url).pathname` (null where the parser throws): the plain addresses they read off the text and
// every other one they hand to the parser.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { urlHost, urlPath } from "../src/text/url.js";

const parsed = (url: string, part: (url: URL) => string) => {
  try {
    return part(new URL(url));
  } catch {
    return null;
  }
};
const hostname = (url: URL) => url.hostname.toLowerCase();
const pathname = (url: URL) => url.pathname;

describe("urlHost", () => {
  it("reads plain hosts and leaves the parser's rewrites to it", () => {
    expect(urlHost("https://Finance.Sina.com.cn/stock/2024-05-10/doc.shtml")).toBe("finance.sina.com.cn");
    expect(urlHost("http://www.news.cn?id=1")).toBe("www.news.cn");
    expect(urlHost("http://a.com./")).toBe("a.com.");
    // A last label of digits or hex makes the host an IPv4 number, which the parser rewrites or refuses.
    expect(urlHost("http://0x7f.0.0.1/")).toBe("127.0.0.1");
    expect(urlHost("http://a.1")).toBeNull();
    // Punycode is checked by the parser, a port and a user are read by it.
    expect(urlHost("http://xn--abc.com")).toBeNull();
    expect(urlHost("http://XN--fiqs8s.cn")).toBe("xn--fiqs8s.cn");
    expect(urlHost("https://u@a.com:80/")).toBe("a.com");
    expect(urlHost("http://中国.cn/")).toBe("xn--fiqs8s.cn");
    expect(urlHost("not a url")).toBeNull();
    // No bound on a label's length or their number, as the parser has none.
    const long = `http://${"a".repeat(70)}.${"b.".repeat(40)}com/`;
    expect(urlHost(long)).toBe(parsed(long, hostname));
  });

  it("agrees with new URL(url).hostname (fast-check)", () => {
    const char = fc.constantFrom(..."aZx019-./:@#?\\ \t%_é资[]");
    const scheme = fc.constantFrom("http://", "https://", "HTTP://", "http:/", "ftp://", " http://");
    fc.assert(
      fc.property(scheme, fc.array(char, { maxLength: 30 }), (opening, chars) => {
        const url = opening + chars.join("");
        expect(urlHost(url)).toBe(parsed(url, hostname));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("urlPath", () => {
  it("reads plain paths and leaves encoding and dot segments to the parser", () => {
    expect(urlPath("https://medium.com/geekculture/why-x-1a2b?source=rss#top")).toBe(
      "/geekculture/why-x-1a2b",
    );
    expect(urlPath("http://www.news.cn")).toBe("/");
    expect(urlPath("http://a.com/x/../y/./z")).toBe("/y/z");
    expect(urlPath("http://a.com/x/%2e%2E/y")).toBe("/y");
    expect(urlPath("http://a.com/资讯 1")).toBe("/%E8%B5%84%E8%AE%AF%201");
    expect(urlPath("http://a.com\\x\\y")).toBe("/x/y");
    expect(urlPath("not a url")).toBeNull();
  });

  it("agrees with new URL(url).pathname (fast-check)", () => {
    const char = fc.constantFrom(..."aZ09-._~!$&'()*+,;=:@%2eE/?#\\ \t\"<>`{}|^é资[]");
    const opening = fc.constantFrom(
      "http://a.com",
      "https://x.Y.cn",
      "http://a.1",
      "http://xn--a.cn",
      " http://a.com",
    );
    fc.assert(
      fc.property(opening, fc.array(char, { maxLength: 25 }), (start, chars) => {
        const url = start + chars.join("");
        expect(urlPath(url)).toBe(parsed(url, pathname));
      }),
      { numRuns: 20000 },
    );
  });
});
