// Fixture: FudanNLP/fnlp, example-data/text/2.txt at fa65d8c1 (also ../shared/corpus/plain-text), whole.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { sina } from "./index.js";

const fixture = new URL("./fixture.txt", import.meta.url);

describe("sina pack", () => {
  const { withPack, withoutPack } = parseFixture(sina, fixture);

  it("cuts a video widget spliced into a sentence", () => {
    expect(withPack.text).toContain("他们再一次杀死们。");
    expect(withoutPack.text).toContain("杀死视频-穆帅竖大拇指讽裁判 鸟叔被罚上看台媒体来源：新浪体育了我们");
  });

  it("cuts the share footer", () => {
    expect(withPack.text.endsWith("(塞尔吉奥/任语之)")).toBe(true);
    expect(withoutPack.text.endsWith("新闻图片博客视频分享到:更多关于 的新闻")).toBe(true);
  });
});
