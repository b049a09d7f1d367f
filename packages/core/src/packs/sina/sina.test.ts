// Fixture: FudanNLP/fnlp, example-data/text/2.txt at fa65d8c1 (also ../shared/corpus/plain-text), whole.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { PACKS, parse } from "../../index.js";
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

  it("drops 新浪金融曝光台's promotion over a 新浪财经 story", () => {
    // ArtistScript/FastTextRank, W2VTextRank/test/text5.txt (datasets/fresh-37), its first lines.
    const page = [
      "沪铜振荡走高 但短期需警惕技术回调",
      "【金融曝光台315特别活动正式启动】近年来，银行卡被盗刷、买理财遇飞单的案例屡见不鲜，金融消费者维权举步维艰，新浪金融曝光台将履行媒体监督职责，帮助消费者解决金融纠纷。【在线投诉】",
      "",
      "内盘走势：今日沪铜主力合约1809振荡反弹，尾盘收于50140元/吨。",
    ].join("\n");
    const without = { ...PACKS, content: PACKS.content.filter((p) => p !== sina) };
    expect(parse(page).text).toBe("内盘走势：今日沪铜主力合约1809振荡反弹，尾盘收于50140元/吨。");
    expect(parse(page, { packs: without }).text).toContain("【在线投诉】");
  });
});
