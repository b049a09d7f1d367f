import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  featuresOf,
  groupKeys,
  type StoryArticle,
  storyKey,
} from "../src/stories/index.js";
import { oneStoryName } from "../src/stories/names.js";
import { releaseOf, titleStatesRelease } from "../src/stories/releases.js";
import { NAME_CLASSES } from "../src/stories/words.js";

const S = DEFAULT_STORY_SETTINGS;

function item(id: string, publishedAt: string, title: string, text: string): StoryArticle {
  return {
    id,
    title,
    text,
    publishedAt,
    source: null,
    via: [],
    originalUrl: null,
    securities: [],
    tags: [],
  };
}

function verdict(a: StoryArticle, b: StoryArticle) {
  return compareFeatures(featuresOf(storyKey(a, S), S), featuresOf(storyKey(b, S), S), S);
}

const ALL_NAMES = NAME_CLASSES.flat();

describe("the stories comparison's names", () => {
  it("makes each name its class's first", () => {
    expect(oneStoryName("英国7月制造业采购经理指数报51.9")).toBe("英国7月制造业pmi报51.9");
    expect(oneStoryName("韩国综指收跌1.35%")).toBe("韩国kospi指数收跌1.35%");
    expect(oneStoryName("道琼斯工业平均指数涨0.5%，纳斯达克综合指数跌0.2%")).toBe("道指涨0.5%，纳指跌0.2%");
    expect(oneStoryName("标普500收涨，标普500指数期货")).toBe("标普500指数收涨，标普500指数期货");
    expect(oneStoryName("日经指数、日经225")).toBe("日经225指数、日经225指数");
  });

  it("keeps different things apart", () => {
    expect(oneStoryName("布伦特原油")).not.toBe(oneStoryName("wti原油"));
    expect(oneStoryName("道琼斯指数")).not.toBe(oneStoryName("纳斯达克指数"));
    expect(oneStoryName("居民消费价格指数")).not.toBe(oneStoryName("工业生产者出厂价格指数"));
    expect(oneStoryName("非制造业采购经理指数")).toBe("非制造业pmi");
    expect(oneStoryName("财新中国制造业采购经理指数")).toBe("财新中国制造业pmi");
  });

  it("leaves a commodity's name as written where it names a quantity of it, not its price", () => {
    expect(oneStoryName("美国原油库存上周减少716.7万桶")).toBe("美国原油库存上周减少716.7万桶");
    expect(oneStoryName("美国原油产量创新高，美国原油期货涨1%")).toBe("美国原油产量创新高，美油期货涨1%");
    // ../shared/dumps, 2026-07-29 22:30 and 22:42 (cls:2440557, eastmoney:202607293825434966): one EIA
    // release, its titles ordering their words apart; neither is WTI's price.
    const cls = item(
      "cls:2440557",
      "2026-07-29T22:30:47+08:00",
      "EIA：美国上周原油库存减少716.7万桶",
      "财联社7月29日电，EIA数据显示，美国上周汽油库存增加0.7万桶，市场预估为减少71.5万桶；上周原油库存减少716.7万桶，市场预估为减少127.2万桶；上周馏分油库存增加106.2万桶，市场预估为增加14.6万桶；上周炼厂产能利用率上升1.1个百分点；上周原油每日进口量减少23.7万桶。",
    );
    const eastmoney = item(
      "eastmoney:202607293825434966",
      "2026-07-29T22:42:59+08:00",
      "EIA：美国原油库存上周减少716.7万桶",
      "美国能源信息管理局（EIA）7月29日发布数据显示，美国原油库存上周减少716.7万桶。",
    );
    expect(featuresOf(storyKey(eastmoney, S), S).instruments).toEqual([]);
    expect(verdict(cls, eastmoney)).toMatchObject({ same: true, reason: "same" });
    // Another week's figure in the same words is another release.
    const otherWeek = item(
      "x:1",
      "2026-07-29T22:40:00+08:00",
      "EIA：美国原油库存上周减少427.3万桶",
      "美国能源信息管理局（EIA）7月29日发布数据显示，美国原油库存上周减少427.3万桶。",
    );
    expect(verdict(cls, otherWeek).same).toBe(false);
  });

  it("lists each name once, in one class", () => {
    expect(new Set(ALL_NAMES).size).toBe(ALL_NAMES.length);
  });

  it("is idempotent on any text made of names and other characters", () => {
    const piece = fc.oneof(
      fc.constantFrom(...ALL_NAMES),
      fc.constantFrom("美", "国", "指数", "韩国", "500", "报", "，", "库存", "产量"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const once = oneStoryName(pieces.join(""));
        expect(oneStoryName(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = oneStoryName(text);
        expect(oneStoryName(once)).toBe(once);
      }),
    );
  });

  it("never makes names of two classes one", () => {
    const classAndName = fc
      .nat(NAME_CLASSES.length - 1)
      .chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...NAME_CLASSES[c]!)));
    fc.assert(
      fc.property(classAndName, classAndName, ([ca, a], [cb, b]) => {
        expect(oneStoryName(a) === oneStoryName(b)).toBe(ca === cb);
      }),
    );
  });
});

describe("data releases", () => {
  it("reads a calendar feed's release and the title that states it", () => {
    const release = releaseOf("英国7月制造业pmi终值51.9,预期52.8,前值52.8。");
    expect(release).toEqual({ indicator: "英国7月制造业pmi", reading: "519" });
    expect(titleStatesRelease("英国7月制造业pmi报519", release!)).toBe(true);
    expect(titleStatesRelease("英国7月制造业pmi报5190", release!)).toBe(false);
    expect(titleStatesRelease("英国7月非制造业pmi报519", release!)).toBe(false);
    expect(titleStatesRelease("法国7月制造业pmi报519", release!)).toBe(false);
    expect(releaseOf("英国7月制造业pmi报51.9。")).toBeNull();
  });

  // Real pairs from ../shared/dumps (2026-08-03), texts as the dumps hold them.
  const ukRelease = item(
    "cls:2444163",
    "2026-08-03T16:30:47+08:00",
    "英国7月制造业PMI终值51.9，预期52.8，前值52.8",
    "财联社8月3日电，英国7月制造业PMI终值51.9，预期52.8，前值52.8。",
  );
  const ukWriteUp = item(
    "eastmoney:202608033829805341",
    "2026-08-03T16:31:50+08:00",
    "英国7月制造业采购经理指数报51.9",
    "标普全球8月3日发布数据显示，英国7月制造业采购经理指数报51.9。",
  );
  const usRelease = item(
    "cls:2444518",
    "2026-08-03T21:45:18+08:00",
    "美国7月标普全球制造业PMI终值53.9，预期53.8，前值53.8",
    "财联社8月3日电，美国7月标普全球制造业PMI终值53.9，预期53.8，前值53.8。",
  );
  const usWriteUp = item(
    "eastmoney:202608033830058097",
    "2026-08-03T21:46:48+08:00",
    "美国7月标普全球制造业PMI终值53.9",
    "标普全球8月3日发布数据显示，美国7月制造业采购经理指数报53.9。",
  );
  const frenchRelease = item(
    "eastmoney:202608033829765574",
    "2026-08-03T15:51:14+08:00",
    "法国7月制造业PMI终值49.8 预期50",
    "法国7月制造业PMI终值49.8，预期50，前值50。",
  );
  const germanRelease = item(
    "cls:2444116",
    "2026-08-03T15:56:21+08:00",
    "德国7月制造业PMI终值52.2，预期52.2，前值52.2",
    "财联社8月3日电，德国7月制造业PMI终值52.2，预期52.2，前值52.2。",
  );

  it("joins a release and another feed's write-up under a title that states it (blind15, blind9)", () => {
    expect(verdict(ukRelease, ukWriteUp)).toMatchObject({ same: true, reason: "same" });
    expect(verdict(usRelease, usWriteUp)).toMatchObject({ same: true, reason: "same" });
    expect(
      groupKeys(
        [ukRelease, ukWriteUp, usRelease, usWriteUp].map((a) => storyKey(a, S)),
        S,
      ),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("keeps two countries' releases, and another indicator's title, apart", () => {
    expect(verdict(frenchRelease, germanRelease)).toMatchObject({ same: false, reason: "different-text" });
    expect(verdict(germanRelease, ukWriteUp)).toMatchObject({ same: false, reason: "different-text" });
    // Written for this test from the UK pair: the services reading under the same figure.
    const services = { ...ukWriteUp, id: "t:services", title: "英国7月服务业采购经理指数报51.9" };
    expect(verdict(ukRelease, services)).toMatchObject({ same: false, reason: "different-text" });
    const nonManufacturing = { ...ukWriteUp, id: "t:non", title: "英国7月非制造业采购经理指数报51.9" };
    expect(verdict(ukRelease, nonManufacturing)).toMatchObject({ same: false, reason: "different-text" });
  });
});
