import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

// 财经网's keyword box under a story (datasets/fresh-47, caijing__may-lpr.html): the label, white space, then the tag link.
const STORY = `<div id="the_content" class="article-content">
<p>北京商报讯（记者 岳品瑜 董晗萱）5月20日，中国人民银行授权全国银行间同业拆借中心公布，2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%，5年期以上LPR为3.95%。两报价均与上月持平。</p>
<div class="ar_keywords">关键字：

<a href="https://app.caijing.com.cn/tags.php?tag=LPR" title="LPR">LPR</a>
</div></div>`;

describe("a tag label over its own line of tag links", () => {
  it("drops the label and the links (关键字： / LPR)", () => {
    const text = parse(STORY).text;
    expect(text.endsWith("两报价均与上月持平。")).toBe(true);
    expect(text).not.toMatch(/关键字|LPR$/u);
  });

  it("keeps the label's next line when it is words, not links", () => {
    const text = parse(
      STORY.replace(/<a [^>]*>LPR<\/a>/u, "贷款市场报价利率连续三个月保持不变，市场预期稳定。"),
    ).text;
    expect(text).toContain("贷款市场报价利率连续三个月保持不变");
  });
});
