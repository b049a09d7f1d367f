// Patterns behind a cheaper test (credits' end mark behind the text's last character, boilerplate's call
// to action behind its words): the guard must never turn away a text the pattern matches. Random
// mixtures of the characters the patterns read, checked against the patterns alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasEndMark, withoutEndMark } from "../src/credits/grammar.js";
import { removeBoilerplate } from "../src/stages/boilerplate.js";
import { rawBlock } from "../src/stages/raw-block.js";

const END_MARK =
  /(?<!\s)\s*(?:[（(]\s*完\s*[)）]|[-—]{1,2}\s*END\s*[-—]{1,2}|(?<=[。！？!?”」』…])[#＃■])$/iu;
const CALL_TO_ACTION =
  /^.{0,80}?(?:点击(?:查看|进入|阅读|下载|了解)|立即(?:下载|查看|参与))[^。！？]{0,24}(?:>>|》》|＞＞|→)$/u;

const piece = fc.constantFrom(
  ..."（()）完-—ENDend#＃■。！？!?”」』… \n\t文>》＞→",
  "点击查看",
  "立即参与",
  "(完)",
  "-END-",
  "。#",
  ">>",
  "》》",
  "\ud83d\ude00",
);
const text = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(""));

const paragraph = (body: string) => rawBlock({ type: "paragraph", text: body });
const empty = { generators: [], content: [], feeds: [] };

describe("patterns behind a cheaper test", () => {
  it("read end marks as the pattern does (fast-check)", () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(hasEndMark(body)).toBe(END_MARK.test(body));
        expect(withoutEndMark(body)).toBe(body.replace(END_MARK, ""));
      }),
      { numRuns: 30000 },
    );
  });

  it("drop calls to action as the pattern does (fast-check)", () => {
    fc.assert(
      fc.property(text, (body) => {
        if (body.trim() === "") return;
        const dropped = removeBoilerplate([paragraph(body)], empty).length === 0;
        if (CALL_TO_ACTION.test(body)) expect(dropped).toBe(true);
      }),
      { numRuns: 30000 },
    );
    expect(removeBoilerplate([paragraph("股民福利来了！点击查看>>")], empty)).toEqual([]);
  });
});
