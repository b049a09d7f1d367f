import { describe, expect, it } from "vitest";
import { fileFor, href, listingPath, pathSegment } from "../src/build/site-paths.js";

describe("site paths", () => {
  it("keeps Chinese names readable and encodes them only in hrefs", () => {
    expect(listingPath("source", "雅安日报")).toBe("/source/雅安日报/");
    expect(href("/source/雅安日报/")).toBe("/source/%E9%9B%85%E5%AE%89%E6%97%A5%E6%8A%A5/");
    expect(listingPath("security", "601601.SH", 3)).toBe("/security/601601.SH/page/3/");
    expect(fileFor("/security/601601.SH/page/3/")).toBe("security/601601.SH/page/3/index.html");
  });

  it("never lets a name leave its folder or hide in a dot segment", () => {
    expect(pathSegment("../../etc")).toBe("etc");
    expect(pathSegment("a/b\\c?d#e%f")).toBe("a-b-c-d-e-f");
    expect(pathSegment("..")).toBe("_");
    expect(pathSegment("  ")).toBe("_");
    expect(pathSegment("新 媒体")).toBe("新-媒体");
  });
});
