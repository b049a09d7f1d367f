// Fixture: datasets/fresh-19/readwise-logseq/readwise__mosn-smooth-upgrade.md (search-index file, see
// datasets/fresh-19/SOURCES.tsv): Readwise's newer Logseq template — its properties, the first sync's
// first two highlights and the reader's 💡 note, the second sync's line and the page's last highlight.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { parse } from "../../parse.js";
import { PACKS, placeholderTest } from "../index.js";
import { readwise } from "./index.js";

const fixture = new URL("./fixture.md", import.meta.url);

const FIRST =
  "为什么 Nginx 和 Envoy 不需要具备 MOSN 这样的连接无损迁移方案，主要还是跟业务场景相关，Nginx 和 Envoy 主要支持的是 HTTP1 和 HTTP2 协议，HTTP1使用 connection: Close，HTTP2 使用 Goaway Frame 都可以让 Client 端主动断链接，然后新建链接到新的 New process，但是针对 Dubbo、SOFA PRC 等常见的多路复用协议，它们是没有控制帧，Old process 的链接如果断了就会影响请求的。";
const SECOND =
  "MOSN 为了满足自身业务场景，开发了长连接迁移方案，把这条链接迁移到 New process 上，整个过程对 Client 透明，不需要重新建链接，达到请求无损的平滑升级。";
const LAST =
  "最后的残留响应迁移流程可能不太好理解，为什么不等所有响应完成之后才开始迁移，就不需要这个流程了？是因为在多路复用协议场景下，请求一直在发送，你不能总是找到一个时间点所有响应都完成了。";

describe("readwise pack", () => {
  const { withPack, withoutPack } = parseFixture(readwise, fixture);

  it("keeps only the passages: no sync lines, View Highlight links or the reader's note, inside list items too", () => {
    // Each passage an item of its own (nested under its sync's line), the note one too.
    expect(withPack.text).toBe(`${FIRST}\n${SECOND}\n${LAST}`);
    expect(withoutPack.text).toBe(
      `Highlights first synced by [[Readwise]] [[Jan 31st, 2024]]\n${FIRST} (View Highlight)\n${SECOND} (View Highlight)\n💡: 不会担心2断开的时候，让服务器感知到断链？对于RPC之类的问题不大？http也就是重连，好像没什么问题\nNew highlights added [[Jan 31st, 2024]] at 2:54 PM\n${LAST} (View Highlight)`,
    );
  });

  it("reads the page's properties as front matter whatever the pack: the full title, the author, the link", () => {
    for (const article of [withPack, withoutPack]) {
      expect(article.title).toBe("Mosn 平滑升级原理解析");
      expect(article.author).toBe("MOSN");
      expect(article.originalUrl).toBe("https://mosn.io/docs/products/structure/smooth-upgrade/");
    }
  });

  it("calls Readwise's stock covers placeholders (the Obsidian template's ![rw-book-cover]), not an article's images", () => {
    const placeholder = placeholderTest(PACKS);
    expect(
      placeholder("https://readwise-assets.s3.amazonaws.com/static/images/article1.be68295a7e40.png"),
    ).toBe(true);
    expect(placeholder("https://mosn.io/docs/products/structure/smooth-upgrade/normal-process.png")).toBe(
      false,
    );
  });

  it("cuts a note, an item of its own under its passage: the passages after it are never cut with it", () => {
    const page = [
      "title:: Mosn 平滑升级原理解析 (highlights)",
      "- Highlights first synced by [[Readwise]] [[Jan 31st, 2024]]",
      `\t- ${SECOND} ([View Highlight](https://read.readwise.io/read/01hnevhgfkntznz0kwbhgbpxm6))`,
      "\t\t- 💡: 不会担心2断开的时候",
      `\t- ${FIRST} ([View Highlight](https://read.readwise.io/read/01hnevg10rwpw02x6fe84022k4))`,
    ].join("\n");
    expect(parse(page).text).toBe(`${SECOND}\n${FIRST}`);
  });
});
