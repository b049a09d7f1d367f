// What a WeChat account sets after its post, as clippers copy it: the scan-to-follow card (label, the
// account's name, its tagline) and a 为你推荐 link. Shortened from datasets/fresh-11/markdownload
// (cnblogs__dex2oat.md, an account's post mirrored on 博客园; wechat__webpack-arch.md, a digest's issue).
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const post = (body: string) => `---\ntitle: 标题\n---\n\n${body}\n`;
const STORY =
  "本文从dex2oat日志输出和使用命令出发，介绍了dex2oat常用的场景以及相关的调用流程。\n\n**参考资料**\n\n4.https://blog.csdn.net/cosmoslhf/article/details/40380559";

describe("an account's scan-to-follow card after the story", () => {
  it("leaves the text with the account's name and tagline under it", () => {
    const article = parse(
      post(`${STORY}\n\n**扫描关注**  \n**“内核工匠”微信公众号**  \nLinux 内核黑科技 | 技术文章 | 精选教程`),
      { filename: "post.md" },
    );
    expect(article.text).toBe(
      "本文从dex2oat日志输出和使用命令出发，介绍了dex2oat常用的场景以及相关的调用流程。\n\n参考资料\n\n4.https://blog.csdn.net/cosmoslhf/article/details/40380559",
    );
  });

  it("ends nothing when prose follows it", () => {
    const article = parse(post(`${STORY}\n\n扫描关注\n\n后面还有一段正文，讲完了剩下的事情。`), {
      filename: "post.md",
    });
    expect(article.text.endsWith("后面还有一段正文，讲完了剩下的事情。")).toBe(true);
  });
});

describe("a 为你推荐 link after the story", () => {
  it("leaves the text with its heading", () => {
    const article = parse(
      post(
        "最大的感受就是：应该在实现之前充分列举可能的应用场景，然后将难办的部分采用开放插件的方式扔给使用者去解决。\n\n最后，为你推荐\n\n[【第1206期】看清楚真正的 Webpack 插件](http://mp.weixin.qq.com/s?__biz=MjM5MTA1MjAxMQ==&mid=2651227882)",
      ),
      { filename: "post.md" },
    );
    expect(article.text).toBe(
      "最大的感受就是：应该在实现之前充分列举可能的应用场景，然后将难办的部分采用开放插件的方式扔给使用者去解决。",
    );
  });
});

describe("a linked card a clipper broke over blank lines", () => {
  // datasets/fresh-11/markdownload/medium__homebrew-arm.md: the writer's and the publication's avatars, each
  // linked, over the story.
  it("leaves no bracket of the link in the text, and keeps a bracket inside a sentence", () => {
    const article = parse(
      post(
        "[\n\n![KASATA](https://miro.medium.com/v2/resize:fill:88:88/1*uAgHWpf24FlEohl2PL29vg.jpeg)\n\n\n\n](https://medium.com/@kasata?source=post_page-----fd2e5f5fee88--------------------------------)[\n\n![Geek Culture](https://miro.medium.com/v2/resize:fill:48:48/1*bWAVaFQmpmU6ePTjNIje_A.jpeg)\n\n\n\n](https://medium.com/geekculture?source=post_page-----fd2e5f5fee88--------------------------------)\n\n## <The problem>\n\nwhen you are using M1 processor Mac PC and execute [brew install].",
      ),
      { filename: "post.md" },
    );
    expect(article.text).toBe(
      "<The problem>\n\nwhen you are using M1 processor Mac PC and execute [brew install].",
    );
  });
});
