// A newsletter's head over its story, as a translation site copies a Substack post (datasets/fresh-24,
// translation-md: Nominal News's `Your pay is still - not - going up too fast`): its thanks-and-subscribe prompt, its
// plea to share and like the post for a subscriber goal, and its note to its readers go; the story stays.
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const story =
  "《经济学人》在2024年1月28日发表了一篇名为“你的工资涨得太快了”的文章，讨论了最近通货膨胀动态。问题在于 - 经济研究反复表明这并非事实。";

describe("a newsletter's head over its story", () => {
  it("goes: the subscribe prompt, the share-and-like plea and the note to the readers", () => {
    const head = [
      "*感谢您阅读我们的作品！如果您尚未订阅，请在下方订阅：*",
      "*如果您希望通过分享和点赞本文支持我们达到年底的1,000订阅目标，请考虑这样做！*",
      "*随着Nominal News的发展，我们将能够将其打造成一个全职项目，并提供更多内容。如果您想为我们建议一个主题，请在评论部分留言。*",
      "* * *",
    ];
    const article = parse(`# ‘你的薪水仍然没有上涨得太快’\n\n${head.join("\n\n")}\n\n${story}\n`, {
      filename: "post.md",
    });
    expect(article.text).toBe(story);
  });

  it("leaves a story that speaks to its reader when no subscribe prompt stands over it", () => {
    const note = "我们建议您在申报前核对个人所得税APP中的收入明细。";
    const article = parse(`# 个税汇算开始了\n\n${note}\n\n${story}\n`, { filename: "tax.md" });
    expect(article.text).toBe(`${note}\n\n${story}`);
  });

  it("leaves the story's own words to the reader after its first prose", () => {
    const note = "如果您想为我们建议一个主题，请在评论部分留言。";
    const article = parse(
      `# 标题\n\n*感谢您阅读我们的作品！如果您尚未订阅，请在下方订阅：*\n\n${story}\n\n${note}\n`,
      {
        filename: "post.md",
      },
    );
    expect(article.text).toBe(`${story}\n\n${note}`);
  });
});
