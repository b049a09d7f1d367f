// One policy for which staff role is a story's editor and which of several holds (`EDITOR_RANK` in
// src/credits/grammar.ts), applied alike by the credits stage (a credit line, the credit glued to a story's last
// sentence) and by the record reader (a record's credit keys); and the offset at which the grammar leaves an original
// title's run-on story, which the credits stage keeps without looking for it again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EDITOR_RANK,
  editorCredited,
  editorRoleOf,
  NO_EDITOR_RANK,
  outranksEditor,
  readCreditLine,
} from "../src/credits/grammar.js";
import { parse } from "../src/index.js";

/** A record of the form a news API returns, its credits under a key the mapping does not list (`editorInfo`). */
const recordWith = (editorInfo: string) =>
  parse(JSON.stringify({ title: "标题", content: "正文。", editorInfo }, null, 2));
/** A story whose last sentence has the credit glued on (a roll spider's text, the page's lines joined). */
const storyClosedBy = (credit: string) =>
  parse(`# 标题\n\n第一段写了一件事。\n\n省政府秘书长陈国强及领导小组成员单位负责同志参加会议。${credit}\n`);

describe("the staff roles that are the editor, and their rank", () => {
  it("ranks the editor in charge over a plain editor over a reviewer", () => {
    expect(["责任编辑", "责编", "值班编辑"].map(editorRoleOf)).toEqual([
      "responsible",
      "responsible",
      "responsible",
    ]);
    expect(["编辑", "本文编辑", "网络编辑", "网编", "资讯编辑", "审校"].map(editorRoleOf)).toEqual(
      Array(6).fill("editor"),
    );
    expect(["审核", "校对"].map(editorRoleOf)).toEqual(["review", "review"]);
    expect(EDITOR_RANK.responsible > EDITOR_RANK.editor && EDITOR_RANK.editor > EDITOR_RANK.review).toBe(
      true,
    );
    expect(outranksEditor("review", NO_EDITOR_RANK)).toBe(true);
    // Of equals the first holds.
    expect(outranksEditor("editor", EDITOR_RANK.editor)).toBe(false);
  });

  it("reads the editor of an editor line, a staff line and a source line alike", () => {
    // A Java crawler's test string of a 陕西 government page's foot (search-index file 38235325092).
    expect(editorCredited(readCreditLine("责任编辑：殷誉玮　　审核：雪花"))).toEqual({
      names: ["殷誉玮"],
      role: "responsible",
    });
    // 华夏时报 on sina (datasets: scrapy-json-sina-roll/sina-financial__chinatimes-beijing-hyundai.json): the chief is
    // no editor.
    expect(editorCredited(readCreditLine("责任编辑：于建平 主编：赵云"))).toEqual({
      names: ["于建平"],
      role: "responsible",
    });
    // `本文来源：中国天气网 责任编辑：刘京_NO5631` closing a 中国天气网 story a blog kept (search-index file 7522526251),
    // its 本文 and the staff code left out: the pair reader's form, whose editor is a plain one.
    expect(editorCredited(readCreditLine("来源：中国天气网 责任编辑：刘京"))).toEqual({
      names: ["刘京"],
      role: "editor",
    });
    expect(editorCredited(readCreditLine("来源：中国天气网"))).toBeNull();
    expect(editorCredited(readCreditLine("摄影：张三 排版：李四"))).toBeNull();
  });

  it("gives the same editor from a record's credit key as from a story's closing credit", () => {
    for (const [credit, editor] of [
      ["责任编辑：殷誉玮　　审核：雪花", "殷誉玮"],
      ["责任编辑：于建平 主编：赵云", "于建平"],
      ["编辑：张三", "张三"],
    ] as const) {
      expect(recordWith(credit).editor).toBe(editor);
      const story = storyClosedBy(credit);
      expect(story.editor).toBe(editor);
      expect(story.text.endsWith("负责同志参加会议。")).toBe(true);
    }
    // A record's source line names its editor as the story's credit line does.
    expect(recordWith("来源：中国天气网 责任编辑：刘京").editor).toBe("刘京");
    expect(parse("# 标题\n\n第一段写了一件事。\n\n来源：中国天气网 责任编辑：刘京\n").editor).toBe("刘京");
  });

  it("takes the strongest role of a staff line, the first of equals, whatever the order", () => {
    const editing = ["责任编辑", "责编", "编辑", "审校", "审核", "校对"];
    const names = ["殷誉玮", "于建平", "刘思琪", "白爽"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...editing), { minLength: 2, maxLength: 4 }), (roles) => {
        const line = roles.map((role, i) => `${role}：${names[i]}`).join("　");
        const best = Math.max(...roles.map((role) => EDITOR_RANK[editorRoleOf(role)]));
        const first = names[roles.findIndex((role) => EDITOR_RANK[editorRoleOf(role)] === best)];
        expect(editorCredited(readCreditLine(line))?.names).toEqual([first]);
        expect(recordWith(line).editor).toBe(first);
      }),
      { numRuns: 60 },
    );
  });
});

describe("where an original title's run-on story begins", () => {
  // 天行数据's description (datasets/fresh-18/tianapi-news/tianapi-digiccy__c6dcc2a3.json) has the note run into the
  // dateline; a paragraph of that form whole, with its end mark, in brackets or indented.
  const note = "原标题：央行开展逆回购操作 中新网北京7月25日电 人民银行7月25日公告称。";

  it("returns the offset of the story in the line read", () => {
    for (const [line, at] of [
      [note, 14],
      [`（${note}）`, 15],
      [`　${note}`, 15],
    ] as const) {
      const read = readCreditLine(line);
      expect(read).toMatchObject({ kind: "original-title", title: "央行开展逆回购操作", restAt: at });
      expect(line.slice(at).startsWith("中新网北京7月25日电 人民银行7月25日公告称")).toBe(true);
    }
  });

  it("keeps the story from there with its end mark", () => {
    const article = parse(`# 央行开展逆回购操作\n\n${note}\n\n第二段。\n`);
    expect(article.blocks[0]).toEqual({
      type: "paragraph",
      text: "中新网北京7月25日电 人民银行7月25日公告称。",
    });
  });

  it("points at the story's own characters for any headline, story and wrapping", () => {
    const headline = fc.stringMatching(/^[央行开展逆回购操作数字货币]{4,20}$/u);
    let reads = 0;
    const story = fc.stringMatching(/^[人民银行公告称今天操作]{1,30}[。！]?$/u);
    fc.assert(
      fc.property(
        headline,
        story,
        fc.constantFrom("", "　", " "),
        fc.boolean(),
        (title, words, indent, wrapped) => {
          const body = `原标题：${title} 中新网北京7月25日电 ${words}`;
          const line = indent + (wrapped ? `（${body}）` : body);
          const read = readCreditLine(line);
          if (read?.kind !== "original-title" || read.restAt === undefined) return;
          reads++;
          expect(read.title).toBe(title);
          expect(line.slice(read.restAt)).toBe(`中新网北京7月25日电 ${words}${wrapped ? "）" : ""}`);
        },
      ),
      { numRuns: 200 },
    );
    // The form is the grammar's: nearly every line generated reads.
    expect(reads).toBeGreaterThan(150);
  });
});
