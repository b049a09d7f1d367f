import { describe, expect, it } from "vitest";
import { readDateline } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";

// Credit-datelines of a finance category corpus (eat-or-eat/tf-idf-calc data/财经.txt, datasets/fresh-43,
// provenance in its SOURCES.tsv), shortened where marked.

describe("a wire's credit bracket and a dash before what it reports", () => {
  it("the wire is the source, the compiler the author; the dateline stays in the text", () => {
    // The file's third story (shortened).
    const article = parse(
      "美国最近一周原油库存增加220万桶\n　　文华财经(综合编译 楼怡婷)--据纽约9月21日消息，美国石油协会(API)周二公布的周度数据显示，美国原油库存上周意外增加。\n　　炼厂产能利用率下滑0.2%至85.4%。\n",
    );
    expect(article.source?.name).toBe("文华财经");
    expect(article.author).toBe("楼怡婷");
    expect(article.publishedAt).toBeNull();
    expect(article.text.startsWith("文华财经(综合编译 楼怡婷)--据纽约9月21日消息，")).toBe(true);
  });

  it("a bracket of a sentence before a dash is no credit", () => {
    expect(readDateline("公司去年(全年)--营收增长两成。")).toBeNull();
  });
});

describe("a paper relaying another's story under its own mark", () => {
  it("`本报讯 据《X》报道`: the paper in title marks is the source", () => {
    // The file's fourth story (shortened).
    const article = parse(
      "商务部结束消费券发放调研 报告几易其稿\n　　本报讯 据《长沙晚报》报道 记者近日通过权威渠道获悉，商务部相关部门已对部分地方政府发放消费券的行为进行密切关注和研究。\n　　为掌握更详细的情况，2月初商务部副部长蒋耀平曾率调研组赴深圳调研。\n",
    );
    expect(article.source?.name).toBe("长沙晚报");
    expect(article.publishedAt).toBeNull();
  });

  it("`本报讯` alone names no paper; a paper cited inside a sentence is no source", () => {
    expect(
      parse("标题在这里\n　　本报讯 上海天然橡胶期价周三再创年内新高。\n　　第二段。\n").source,
    ).toBeNull();
    expect(
      parse(
        "中央督察组刚到地方 车牌就被泄露\n第二轮督察正在进行中。据《中国环境报》披露，督察组的车牌被泄露了。\n",
      ).source,
    ).toBeNull();
  });
});

describe("a lede that opens on who reported or learned the news relays nothing (credits.ts relayedByDateline)", () => {
  // Flashes of 同花顺's feed (../shared/dumps/ths/data/2026: 2026-08-03.jsonl.gz line 315, 2026-08-02 line 15,
  // 2026-07-29 line 570), shortened: the closing credit names the writer; the lede names its own newsroom (总台 is
  // 央视's), the outlet it cites, or the body the reporter learned from — none of them carried the story.
  const flash = (text: string) => {
    const { source, via } = parse(`# 快讯\n\n${text}\n`, { filename: "flash.md" });
    return { source: source?.name ?? null, via };
  };

  it.each([
    [
      "总台记者8月3日获悉，由于持续干旱导致河流水位过低，荷兰海尔德兰省多条渡轮航线已暂停运营。（央视新闻）",
      "央视新闻",
      [],
    ],
    [
      "伊朗伊斯兰共和国通讯社8月1日报道，伊朗伊斯兰革命卫队当天摧毁3架美军F－35战机。（新华社）",
      "新华社",
      [],
    ],
    [
      "从中国汽车标准化研究院获悉，全国汽车标准化技术委员会正在主管部门指导下，开展GB4785标准制修订。（新华财经）",
      "新华财经",
      [],
    ],
    // A dispatch's mark names the outlet that relayed the credited one's story.
    ["财联社9月25日电，商务部表示将加大对外贸企业的扶持。（环球网）", "环球网", ["财联社"]],
  ])("%s", (text, source, via) => {
    expect(flash(text)).toEqual({ source, via });
  });
});
