import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

// Excerpt of 游民星空's mobile story page (datasets/fresh-47, gamersky__nishuihan-gate-couplets.html, saved by
// GeneralNewsExtractor): the stamp and the site with its compiling mark, the comments' count button beside
// them, and a pointer to the game's topic page closing the story.
const PAGE = `<html><head><title>逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！_游民星空</title></head><body>
<section class="ymw-contxt"><aside class="ymw-contxt-aside">
<h1>逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！</h1>
<span>2019-09-05 11:10 游民星空[整理]</span>
<a class="yu-icon-cmt cy_comment" href="javascript:;">1</a></aside>
<div id="gsAreaContext" class="gsAreaContext"><article><div class="gsAreaContextArt">
<p>《逆水寒》每周的版本更新都安排在周四，而在这周四，眼尖的玩家就已经发现了，逆水寒在每个玩家的庄园中都贴上了对联。</p>
<p>逆水寒在追热点方面不仅追的巧，还追的快！所以本周新增了一个“你清醒一下”的花哨动作。</p>
<p>相关资讯请关注:<a target="_blank" href="http://wap.gamersky.com/ku/ni-shui-han/">逆水寒专区</a></p>
</div></article></div></section></body></html>`;

describe("a page's info line and the story's closing pointer (datasets/fresh-47)", () => {
  it("reads the stamp before a site's name with its compiling mark, past the comments' count button", () => {
    const article = parse(PAGE);
    expect(article.publishedAt).toBe("2019-09-05T11:10:00+08:00");
    expect(article.source?.name).toBe("游民星空");
  });

  it("ends the story before the pointer to the topic page", () => {
    const text = parse(PAGE).text;
    expect(text.endsWith("所以本周新增了一个“你清醒一下”的花哨动作。")).toBe(true);
    expect(text).not.toContain("相关资讯请关注");
  });

  it("keeps a sentence that only mentions following the news", () => {
    const page = PAGE.replace(
      /<p>相关资讯请关注:.*?<\/p>/u,
      "<p>更多玩家表示会继续关注后续更新，期待新的玩法。</p>",
    );
    expect(parse(page).text).toContain("更多玩家表示会继续关注后续更新");
  });
});
