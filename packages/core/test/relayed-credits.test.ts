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
