// A vault's clipped and pasted flashes (datasets/fresh-71, Jackdream/Jlink's raw/ folder; provenance in its
// SOURCES.tsv): a platform's takedown note closing a brief it reposts and the ad mark beside a clipped page's picture
// (ME News), and a flash whose headline alone names its outlet by a dispatch label (Mysteel).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikeOutlet } from "../src/credits/outlets.js";
import { parse } from "../src/index.js";

const ME_NEWS_LEAD =
  "ME News 消息，4 月 10 日（UTC+8），据每日经济新闻报道，香港金融管理局将于 4 月 10 日下午五时公布首批稳定币牌照，随后，持牌稳定币发行人将会见传媒。（来源：每日经济新闻）";
const ME_NEWS_CLOSE = "牌照公布本身不直接改变现有稳定币流通结构，但将强化市场对法币锚定资产透明度的预期。";
// datasets/fresh-71/clipper-web/jlink__menews-hk-stablecoin-licences.md: the platform's closing note, verbatim.
const ME_NEWS_NOTE =
  "本文内容仅为市场资讯、作者个人或相关方观点，不代表平台的立场或观点，亦不构成任何投资或理财建议。更多信息，请参阅《服务条款》和《隐私政策》 。转载内容已注明作者和出处，如涉及侵权请联系 news@me.news 删除。";

/** An Obsidian Web Clipper note of a ME News page: its front matter, then the body. */
const clip = (body: string) =>
  parse(
    `---\ntitle: "香港首批稳定币牌照将于下午 5 点公布"\nsource: "https://www.me.news/contents/269850"\n---\n${body}`,
  );

describe("a platform's brief, clipped", () => {
  it("drops the ad mark beside the picture and the takedown note closing the page", () => {
    const article = clip(
      [
        "![](https://res.me.news/resources/260309/1773040919260309335.jpg) AD",
        ME_NEWS_LEAD,
        ME_NEWS_CLOSE,
        ME_NEWS_NOTE,
        "最新快讯",
        "2026/04/10 14:05:04",
      ].join("\n\n"),
    );
    expect(article.text).toBe(`${ME_NEWS_LEAD}\n\n${ME_NEWS_CLOSE}`);
  });

  it("keeps a story's own sentence on reposts and infringement, and a takedown note prose follows", () => {
    // Not a takedown note: no call to delete.
    const sentence = "本文所述转载平台未注明出处，如涉及侵权应由平台承担责任，法院一审判决支持原告诉求。";
    expect(clip([ME_NEWS_CLOSE, sentence].join("\n\n")).text).toBe(`${ME_NEWS_CLOSE}\n\n${sentence}`);
    // A rights notice ends the story only with the page's footer after it.
    expect(clip([ME_NEWS_LEAD, ME_NEWS_NOTE, ME_NEWS_CLOSE].join("\n\n")).text).toContain(ME_NEWS_CLOSE);
  });

  it("drops a takedown note after the disclaimer whatever the platform and its contact", () => {
    const contact = fc.stringMatching(/^[a-z]{1,12}@[a-z]{1,12}\.(?:com|news|cn)$/);
    const platform = fc.constantFrom("平台", "本站", "本网", "ME News");
    fc.assert(
      fc.property(platform, contact, (name, mail) => {
        const note = `本文内容仅为市场资讯，不代表${name}的立场或观点。转载内容已注明作者和出处，如涉及侵权请联系 ${mail} 删除。`;
        expect(clip([ME_NEWS_LEAD, ME_NEWS_CLOSE, note].join("\n\n")).text).toBe(
          `${ME_NEWS_LEAD}\n\n${ME_NEWS_CLOSE}`,
        );
      }),
      { numRuns: 30 },
    );
  });
});

// datasets/fresh-71/pasted-text/jlink__mysteel-mongolian-coal.txt: the headline line, a blank line, the lead.
const MYSTEEL_LEAD =
  "Mysteel煤焦：据公开数据显示，蒙古国石油产品完全依赖进口，近年年度进口量约200-270万吨，主要来源国为俄罗斯（占比80%-95%）和中国（5%-20%），2026年将100%从俄罗斯进口。";

describe("a flash's headline naming its outlet by a dispatch label", () => {
  it.each([
    ["Mysteel快讯：蒙煤进口未受燃料短缺影响，4月份进口量预计依旧高位", "Mysteel"],
    ["格隆汇快讯：蒙煤进口未受燃料短缺影响", "格隆汇"],
    // A column's label names no outlet.
    ["市场快讯：蒙煤进口未受燃料短缺影响", null],
    ["IPO快讯：蒙煤进口未受燃料短缺影响", null],
    // The label opens the headline, or it is no label.
    ["蒙煤进口高位，Mysteel快讯：燃料短缺", null],
  ])("%s", (headline, source) => {
    const article = parse(`${headline}\n\n${MYSTEEL_LEAD}`, { filename: "mysteel.txt" });
    expect(article.title).toBe(headline);
    expect(article.source?.name ?? null).toBe(source);
    expect(article.text).toBe(MYSTEEL_LEAD);
  });

  it("reads no source from a label whose name reads as no outlet's", () => {
    // The domain: names of Han characters that `looksLikeOutlet` does not read as an outlet's.
    const name = fc
      .stringMatching(/^[\u4e00-\u9fa5]{2,8}$/)
      .filter((candidate) => !looksLikeOutlet(candidate));
    fc.assert(
      fc.property(name, (label) => {
        const article = parse(`${label}快讯：蒙煤进口高位\n\n${MYSTEEL_LEAD}`, { filename: "flash.txt" });
        expect(article.source).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
