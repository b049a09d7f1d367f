// urlHost (text/url.ts) against what it stands in for, `new URL(url).hostname` lower-cased (null where the
// parser throws): the plain hosts it reads off the text and every other address it hands to the parser.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { urlHost } from "../src/text/url.js";

const parsed = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

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
  });

  it("agrees with new URL(url).hostname (fast-check)", () => {
    const char = fc.constantFrom(..."aZx019-./:@#?\\ \t%_é资[]");
    const scheme = fc.constantFrom("http://", "https://", "HTTP://", "http:/", "ftp://", " http://");
    fc.assert(
      fc.property(scheme, fc.array(char, { maxLength: 30 }), (opening, chars) => {
        const url = opening + chars.join("");
        expect(urlHost(url)).toBe(parsed(url));
      }),
      { numRuns: 20000 },
    );
  });
});
