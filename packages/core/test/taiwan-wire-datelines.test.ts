// Session 52 (collect52), datasets/fresh-91's classes: a Taiwanese wire's bracketed dateline naming its reporter
// between the outlet and the place, with no mark between them (`（中央社記者潘智義台北2日電）`), which a derived
// title leaves out as it does a Simplified one; and the wire's archive stamp, the 民國 date run on after the story's
// last sentence or its editor's credit (`…潛力獎。1021029`, `（編輯：張銘坤）1100731`), which is no text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutArchiveStamp, withoutEndMark } from "../src/credits/grammar.js";
import type { Article } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

/** The first Article of a plain-text file. */
function article(input: string): Article | undefined {
  return [...parseAllSync(input, { filename: "story.txt" })].flatMap((result) =>
    result.ok ? [result.article] : [],
  )[0];
}

/** The fields the classes decide. */
function fields(found: Article | undefined) {
  return (
    found && {
      // A derived title is cut to the settings' length: its start is what the dateline decides.
      titleStart: found.title.slice(0, 12),
      source: found.source?.name ?? null,
      author: found.author,
      editor: found.editor,
      textEnd: found.text.slice(-12),
    }
  );
}

describe("a Taiwanese wire's dateline with its reporter before the place", () => {
  it("reads the outlet and the reporter, and a derived title starts after the dateline (a jieba classifier's string, fresh-91)", () => {
    const story =
      "（中央社記者潘智義台北2日電）台北股市今天以平高盤開出，上半場維持漲勢，但清明節長假前賣壓出籠，指數收盤小跌以10888.27點作收。\n\n" +
      "元大投顧分析師薛舜日表示，進入4月上市公司法人說明會密集期，第1季財報將成焦點。";
    expect(fields(article(story))).toEqual({
      titleStart: "台北股市今天以平高盤開出",
      source: "中央社",
      author: "潘智義",
      editor: null,
      textEnd: "期，第1季財報將成焦點。",
    });
  });

  it("reads a reporter of two letters filed from a city outside Taiwan's bureaus list (中央社 in a labelling tool, index file 40797947541)", () => {
    const story =
      "（中央社記者韋樞高雄25日電）股市追漲不追跌的特性同樣適用於房市，房仲發現，新北重劃區降價換成交如同吸嗎啡。\n\n" +
      "中信房屋副總劉天仁表示，股市的特性就是追漲不追跌。";
    expect(fields(article(story))?.author).toBe("韋樞");
  });

  it("names no reporter when the dateline's place is none the wire files from", () => {
    const story =
      "（中央社記者潘智義某地2日電）台北股市今天以平高盤開出，上半場維持漲勢。\n\n元大投顧分析師薛舜日表示，第1季財報將成焦點。";
    expect(fields(article(story))?.author).toBeNull();
  });
});

describe("a wire's archive stamp closing the story", () => {
  it("leaves the text after the last sentence (a mock DAO's 中央社 story, fresh-91)", () => {
    const story =
      "（中央社記者戴雅真台北29日電）台北市政府今天公布星級商圈分級認證，美食聖地「寧夏商圈」和年輕人最愛去的「西門商圈」獲得3星級最高殊榮。\n\n" +
      "商業處指出，另有8個商圈獲得1星級評選。西湖商圈、朝陽服飾材料商圈、文昌家具則是獲得潛力獎。1021029";
    expect(fields(article(story))).toEqual({
      titleStart: "台北市政府今天公布星級商",
      source: "中央社",
      author: "戴雅真",
      editor: null,
      textEnd: "文昌家具則是獲得潛力獎。",
    });
  });

  it("leaves after the editor's credit, which is read (a 注音 app's 中央社 story, fresh-91)", () => {
    const story =
      "（中央社記者楊啟芳台北31日電）「麟洋配」王齊麟和李洋今天在東京奧運羽球男雙勇奪金牌。\n\n" +
      "李洋也說：「這份奧運殿堂上最高的榮耀，獻給我的國家－台灣，並與所有支持我們的人分享。」（編輯：張銘坤）1100731";
    expect(fields(article(story))).toEqual({
      titleStart: "「麟洋配」王齊麟和李洋今",
      source: "中央社",
      author: "楊啟芳",
      editor: "張銘坤",
      textEnd: "所有支持我們的人分享。」",
    });
  });

  it("keeps digits that are no 民國 date or follow no sentence's end", () => {
    expect(withoutArchiveStamp("淨利潤為1234567")).toBe("淨利潤為1234567");
    expect(withoutArchiveStamp("獲得潛力獎。1021329")).toBe("獲得潛力獎。1021329");
    expect(withoutArchiveStamp("獲得潛力獎。2021029")).toBe("獲得潛力獎。2021029");
    expect(withoutArchiveStamp("獲得潛力獎。1021029")).toBe("獲得潛力獎。");
    expect(withoutEndMark("（編輯：管中維）1140424")).toBe("（編輯：管中維）");
  });

  it("takes off at most the seven digits, and never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.stringMatching(/^\d{0,9}$/), (text, digits) => {
        const input = text + digits;
        const out = withoutArchiveStamp(input);
        expect(input.startsWith(out)).toBe(true);
        expect([0, 7]).toContain(input.length - out.length);
      }),
    );
  });
});
