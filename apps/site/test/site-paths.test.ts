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
    expect(pathSegment("../../etc")).toMatch(/^etc~[0-9a-z]+$/);
    expect(pathSegment("a/b\\c?d#e%f")).toMatch(/^a-b-c-d-e-f~[0-9a-z]+$/);
    expect(pathSegment("..")).toMatch(/^_~[0-9a-z]+$/);
    expect(pathSegment("  ")).toMatch(/^_~[0-9a-z]+$/);
    expect(pathSegment("新 媒体")).toMatch(/^新-媒体~[0-9a-z]+$/);
  });

  it("keeps clean names as they are and gives names that clean alike their own folders", () => {
    expect(pathSegment("北方网")).toBe("北方网");
    expect(pathSegment("601601.SH")).toBe("601601.SH");
    expect(pathSegment("a/b")).not.toBe(pathSegment("a-b"));
    expect(pathSegment("a/b")).not.toBe(pathSegment("a\\b"));
  });
});
