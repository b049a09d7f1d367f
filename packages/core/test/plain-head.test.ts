import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { detectInput } from "../src/readers/detect.js";
import {
  clippingStory,
  clippingStoryEnd,
  headlineUnderMenu,
  printedLists,
  runInHead,
} from "../src/stages/plain-head.js";

// Excerpts of real plain-text exports (datasets/fresh-41 and fresh-43, provenance in their SOURCES.tsv), shortened where marked.

describe("a head run into the first line of the body", () => {
  it("a headline, then a magazine's byline in title marks: title, source, author; the story after the name", () => {
    // meowjolan/NLP_midterm_project news/1.txt (shortened)
    const article = parse(
      "汽车行业严冬继续，新能源汽车也不能一只独秀，需求减弱后，产业链上的企业将何去何从《投资者服务》吴微经过短暂的回暖后，车市严冬继续，曾经销量一枝独秀的新能源汽车也不能幸免。最新数据显示，9月新能源汽车销量仅为8万辆。锂电池产业链也会再次繁荣。（投资者服务出品）\n",
    );
    expect(article.title).toBe(
      "汽车行业严冬继续，新能源汽车也不能一只独秀，需求减弱后，产业链上的企业将何去何从",
    );
    expect(article.source?.name).toBe("投资者服务");
    expect(article.author).toBe("吴微");
    expect(article.text).toBe(
      "经过短暂的回暖后，车市严冬继续，曾经销量一枝独秀的新能源汽车也不能幸免。最新数据显示，9月新能源汽车销量仅为8万辆。锂电池产业链也会再次繁荣。",
    );
  });

  it("a name is two letters when a lede opens after two (`吴微随着…`)", () => {
    // meowjolan/NLP_midterm_project news/2.txt (shortened)
    expect(
      runInHead(
        "税友软件申报IPO，钉钉在税务信息化板块又领先企业微信一程《投资者服务》吴微随着信息化技术的发展，无纸化办公已成为趋势。",
        50,
      ),
    ).toEqual({
      title: "税友软件申报IPO，钉钉在税务信息化板块又领先企业微信一程",
      rest: "随着信息化技术的发展，无纸化办公已成为趋势。",
      credits: { source: "投资者服务", author: "吴微" },
    });
  });

  it("a paper's title marks inside a sentence are no byline (`接受英文《中国日报》采访时表示`)", () => {
    // QiaoXie/wordCloud data/news/1.txt (shortened): the headline ends where the lede names its speaker in full.
    const line =
      "日驻华使馆：“９月份更换驻华大使”报道不属实日本国驻华大使馆７月２３日接受英文《中国日报》采访时表示，日前有媒体称“日方计划９月份更换驻华大使”的报道“不属事实”。";
    expect(runInHead(line, 50)).toEqual({
      title: "日驻华使馆：“９月份更换驻华大使”报道不属实",
      rest: "日本国驻华大使馆７月２３日接受英文《中国日报》采访时表示，日前有媒体称“日方计划９月份更换驻华大使”的报道“不属事实”。",
    });
    expect(parse(line).source).toBeNull();
  });

  it("a headline, deck and credits before 本报讯: none of them text", () => {
    // QiaoXie/wordCloud data/news/2.txt (shortened)
    const article = parse(
      "郑州一条公路６路口无红绿灯　报告两个月前上交永平路６个路口都这样。行人：若发生交通事故，责任怎么认定记者宁田甜实习生朱建豪文记者李文波图本报讯在郑州市黄河南路与永平路交叉口，一名司机反映该十字路口因缺乏红绿灯而不知所措。记者观察发现，沿途的６个路口都没交通指示灯。",
    );
    expect(article.title).toBe("郑州一条公路６路口无红绿灯 报告两个月前上交永平路６个路口都这样");
    expect(article.text).toBe(
      "在郑州市黄河南路与永平路交叉口，一名司机反映该十字路口因缺乏红绿灯而不知所措。记者观察发现，沿途的６个路口都没交通指示灯。",
    );
  });

  it("a headline closed by a channel's tag before the dateline: the tag is no text", () => {
    // AragornJIA/LLaMA-Factory data/新闻.txt (datasets/fresh-43, first document, shortened)
    const article = parse(
      "山西警方扫黑除恶行动集中收网打掉涉黑涉恶犯罪组织和团伙54个【消息】 本报太原2月14日讯（记者 雷清明）2月13日，山西省公安厅对外发布消息称，扫黑除恶专项行动启动以来，全省各级公安机关迅速对一大批在侦在办的涉黑涉恶案件实施了集中收网。\n",
    );
    expect(article.title).toBe("山西警方扫黑除恶行动集中收网打掉涉黑涉恶犯罪组织和团伙54个");
    expect(article.text).toBe(
      "本报太原2月14日讯（记者 雷清明）2月13日，山西省公安厅对外发布消息称，扫黑除恶专项行动启动以来，全省各级公安机关迅速对一大批在侦在办的涉黑涉恶案件实施了集中收网。",
    );
  });

  it("a bracketed tag inside a sentence, or before no dateline, is no head", () => {
    expect(runInHead("公司发布【重要】公告称，本报记者获悉的消息属实。", 50)).toBeNull();
    expect(runInHead("山西警方扫黑除恶行动集中收网【消息】山西省公安厅对外发布消息称。", 50)).toBeNull();
  });

  it("a first paragraph that cites a report in title marks keeps its words (`2005年《中国网上支付研究》报告，…`)", () => {
    // ../shared/corpus plain-text SogouC sample C000008/14 (shortened)
    expect(
      runInHead(
        "根据艾瑞市场咨询有限公司发布的2005年《中国网上支付研究》报告，中国网上支付的市场规模在2001 年为9 亿元。",
        50,
      ),
    ).toBeNull();
  });

  it("never throws, and what it leaves is the line's end", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."《》吴微随着本报讯记者日驻华使馆：。，ab1 ") }),
        (line) => {
          const head = runInHead(line, 50);
          if (head !== null) expect(line.endsWith(head.rest)).toBe(true);
        },
      ),
    );
  });
});

describe("a headline behind a field label", () => {
  it("the label (`新闻:`) goes; the headline is the title", () => {
    // FelixScriptLanguage/- 新闻.txt (datasets/fresh-43, shortened)
    const article = parse(
      "新闻:法国农民因自家公鸡打鸣被罚3000欧 上诉维护“公鸡歌唱的权力”\n\n2019年7月，法国一名农民因自己养公鸡鸣叫造成“扰民”被罚款3000欧元，并被勒令停止饲养。",
    );
    expect(article.title).toBe("法国农民因自家公鸡打鸣被罚3000欧 上诉维护“公鸡歌唱的权力”");
    expect(article.text).toBe(
      "2019年7月，法国一名农民因自己养公鸡鸣叫造成“扰民”被罚款3000欧元，并被勒令停止饲养。",
    );
  });

  it("a speaker before a headline's colon is no label (`教育部：…`)", () => {
    // h-hen/data_newssss 新闻1.txt (datasets/fresh-43, shortened)
    expect(
      parse("教育部：我国建成世界最大语言资源库\n4月19日下午，教育部、国家语委在京召开推进会。").title,
    ).toBe("教育部：我国建成世界最大语言资源库");
  });
});

describe("a crawler's frame around the story", () => {
  // Septemberlemon/LLMParser news/1.txt (shortened)
  const crawl =
    "https://ict.gdqy.edu.cn/info/1064/3953.htm\n信息技术学院推荐参加学校第二十三届“挑战杯”大学生课外学术科技作品的公示\n根据学校第二十三届“挑战杯”大学生课外学术科技作品竞赛的相关安排，现将我院参赛作品进行公示。推荐项目如下：\n----------\nNone\n----------\nNone\n----------";

  it("is plain text: `None` over a separator is an empty slot, not a Setext heading", () => {
    expect(detectInput(crawl)).toBe("plain-text");
  });

  it("the address line is the original link; separators and empty slots are not text", () => {
    const article = parse(crawl);
    expect(article.originalUrl).toBe("https://ict.gdqy.edu.cn/info/1064/3953.htm");
    expect(article.title).toBe("信息技术学院推荐参加学校第二十三届“挑战杯”大学生课外学术科技作品的公示");
    expect(article.text).toBe(
      "根据学校第二十三届“挑战杯”大学生课外学术科技作品竞赛的相关安排，现将我院参赛作品进行公示。推荐项目如下：",
    );
  });
});

describe("a page copied whole out of a browser", () => {
  // Yazooliu/Ai_Lab_NLP data/news.txt (an excerpt of its 人民网 page, shortened)
  const page = [
    "网站首页时政国际财经台湾军事观点领导人事理论法治社会产经教育科普体育文化书画房产汽车旅游健康视频",
    "登录注册",
    " 人民网>>天津频道 ",
    "青县今年百万吨优质蔬菜进京津",
    "2018年12月27日08:59  来源：河北新闻网",
    "",
    "“清晨青县棚中菜，午间京津盘中餐。”南接沧州、北依京津的青县，在京津菜篮子供应中的市场地位和地缘优势可见一斑。",
    "",
    "卢茂凯表示，对接京津市场，该县正在谋划建设综合性、现代化的大型蔬菜交易市场和综合物流园区。（记者 米彦泽 王雅楠）",
    "",
    "(责编：唐心怡、王浩)",
    "人民日报客户端下载手机人民网 ",
    "推荐阅读",
    "天津频道|独家关注|高层动态",
    "人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
    "Copyright © 1997-2018 by www.people.com.cn. all rights reserved",
  ].join("\n");

  it("the headline is the line over the date-and-credit line; the menu over it and the page under the editor's stamp leave", () => {
    const article = parse(page);
    expect(article.title).toBe("青县今年百万吨优质蔬菜进京津");
    expect(article.publishedAt).toBe("2018-12-27T08:59:00+08:00");
    expect(article.source?.name).toBe("河北新闻网");
    expect(article.editor).toBe("唐心怡、王浩");
    expect(article.text).toBe(
      "“清晨青县棚中菜，午间京津盘中餐。”南接沧州、北依京津的青县，在京津菜篮子供应中的市场地位和地缘优势可见一斑。\n\n卢茂凯表示，对接京津市场，该县正在谋划建设综合性、现代化的大型蔬菜交易市场和综合物流园区。（记者 米彦泽 王雅楠）",
    );
  });

  it("a headline with a deck over the date line keeps both: a deck is no menu line", () => {
    const lines = [
      "青县今年百万吨优质蔬菜进京津",
      "南接沧州、北依京津的青县，菜篮子地位可见一斑",
      "2018年12月27日08:59  来源：河北新闻网",
    ];
    expect(headlineUnderMenu(lines, 8, 30)).toBe(-1);
  });
});

describe("a spider's printed lists over the story", () => {
  // LiuTianyong/MySpider 新闻.txt (datasets/fresh-43, one record, shortened): str() of each list, escapes as text.
  const record = String.raw`['\r\n      原子弹爆炸纪念日 韩核爆受害者要求日美道歉并赔偿\r\n      '][' 2018年08月09日 21:30\u3000来源：环球网 ', '\u3000']　　　　【环球网报道 实习记者 杨璐】1945年8月美国向日本投下原子弹。　　报道称，9日上午约20名韩国核爆受害者在韩国外交部前聚集，并于11时2分进行默哀。`;

  it("each string is a line, its escapes read; the story runs on after the lists", () => {
    expect(printedLists(record)).toEqual({
      lines: [
        "",
        "      原子弹爆炸纪念日 韩核爆受害者要求日美道歉并赔偿",
        "      ",
        " 2018年08月09日 21:30\u3000来源：环球网 ",
        "\u3000",
      ],
      rest: "　　　　【环球网报道 实习记者 杨璐】1945年8月美国向日本投下原子弹。　　报道称，9日上午约20名韩国核爆受害者在韩国外交部前聚集，并于11时2分进行默哀。",
    });
  });

  it("the headline list is the title, the time list the date and source; no list debris or escape in the text", () => {
    const article = parse(record);
    expect(article.title).toBe("原子弹爆炸纪念日 韩核爆受害者要求日美道歉并赔偿");
    expect(article.publishedAt).toBe("2018-08-09T21:30:00+08:00");
    expect(article.source?.name).toBe("环球网");
    expect(article.text).toBe(
      "【环球网报道 实习记者 杨璐】1945年8月美国向日本投下原子弹。\n\n报道称，9日上午约20名韩国核爆受害者在韩国外交部前聚集，并于11时2分进行默哀。",
    );
  });

  it("a time list whose 来源 slot is empty gives the date, and leaves the text", () => {
    const article = parse(
      String.raw`['\r\n      中国南航2018年产品推介会在哈最大城市阿拉木图举行\r\n      '][' 2018年08月09日 21:50\u3000来源：', ' ', '\u3000']　　阿斯塔纳8月9日电(记者 文龙杰)中国南方航空股份有限公司2018年产品推介会当地时间8日在哈萨克斯坦最大城市阿拉木图举行。`,
    );
    expect(article.publishedAt).toBe("2018-08-09T21:50:00+08:00");
    // The dateline names where the dispatch was filed, no outlet: no source, the reporter read.
    expect(article.source).toBeNull();
    expect(article.author).toBe("文龙杰");
    expect(article.text).toBe(
      "阿斯塔纳8月9日电(记者 文龙杰)中国南方航空股份有限公司2018年产品推介会当地时间8日在哈萨克斯坦最大城市阿拉木图举行。",
    );
  });

  it("double-quoted strings, empty lists and escaped quotes; a bracket that opens no list of strings is no print", () => {
    expect(printedLists(String.raw`["it's", 'say \'hi\''][]正文`)).toEqual({
      lines: ["it's", "say 'hi'"],
      rest: "正文",
    });
    expect(printedLists("[1] 参考文献")).toBeNull();
    expect(printedLists("['未闭合")).toBeNull();
    expect(printedLists("【环球网报道】")).toBeNull();
  });

  it("never throws; what it leaves is the line's end", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."[]'\", urx30标题 ") }), (line) => {
        const printed = printedLists(line);
        if (printed !== null) expect(line.endsWith(printed.rest)).toBe(true);
      }),
    );
  });
});

describe("a clipping service's plain-text export (Wisers WiseNews)", () => {
  // A Wisers-export parser's JavaScript test keeping the export as `var txtText = \`…\`` (search-index file
  // 23193114876; datasets/fresh-79/wisers-clipping-text): story 3 of 5, paragraphs shortened, four-space indents kept.
  const story = [
    "    文章总数: 5 篇",
    "    ===========================================================================",
    "    3. 澳门日报 -  (巩固旅游业稳住经济基调) 2019-06-04 经济 A10 一家之言 春  耕",
    "",
    "    ",
    "    -----------------------------------------------------------------------------",
    "",
    "",
    "    官方事先预告的GDP中止了升势，为外界做好管理预期。",
    "",
    "    澳门一直以服务出口为支柱产业，要稳住经济基调，更应该加大投放资源。",
    "",
    "    春  耕",
    "",
    "    文章编号: [201906040255762]",
    "    -----------------------------------------------------------------------------",
    "    本内容经慧科的电子服务提供。以上内容、商标和标记属慧科、相关机构或版权拥有人所有，并保留一切权利。",
    "",
    "    4. 香港商报 -  (特朗普算盘打得响吗？) 2019-06-04 香江评论 A03 商界心声 李秀恒",
    "    =============================================================================",
    "    慧科讯业有限公司 查询请电: (852) 2948 3888 电邮速递: sales@wisers.com 网址: http://www.wisers.com",
    "",
  ].join("\n");

  it("the story header gives title, day and outlet; the story ends at its id line", () => {
    const article = parse(story);
    expect(article.title).toBe("巩固旅游业稳住经济基调");
    expect(article.publishedAt).toBe("2019-06-04T00:00:00+08:00");
    expect(article.source).toEqual({ name: "澳门日报" });
    expect(article.text).toBe(
      "官方事先预告的GDP中止了升势，为外界做好管理预期。\n\n澳门一直以服务出口为支柱产业，要稳住经济基调，更应该加大投放资源。\n\n春 耕",
    );
  });

  it("reads the header on the first line or under the count line, and the id line in either export's words", () => {
    const header =
      "2. 大公报 - (积极考虑并购湾区看好广深 领展拟回购6000万个基金单位) 2019-06-04 经济 A16 财经头条";
    const expected = {
      outlet: "大公报",
      headline: "积极考虑并购湾区看好广深 领展拟回购6000万个基金单位",
      day: "2019-06-04",
      export: expect.objectContaining({ service: "Wisers WiseNews" }),
    };
    expect(clippingStory([header])).toEqual({ header: 0, ...expected });
    expect(clippingStory(["文章总数: 5 篇", header])).toEqual({ header: 1, ...expected });
    expect(clippingStory(["Total number of document(s): 7", header])?.header).toBe(1);
    // A numbered list item in a story is no header: no dash and parenthesised headline before a day.
    expect(clippingStory(["2. 大公报报道，领展（00823）2019-06-04公布业绩"])).toBeNull();
    const wisers = clippingStory([header])!;
    expect(clippingStoryEnd(["正文。", "文章编号: [201906040222224]"], wisers)).toBe(1);
    expect(clippingStoryEnd(["正文。", "DOCUMENT ID: 201904150187376"], wisers)).toBe(1);
    expect(clippingStoryEnd(["文章编号是多少？"], wisers)).toBe(-1);
  });

  it("never throws; a header read names pieces of its line", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."12. -()（）报 2019-06-04 文章总数:篇\t") }),
        (line) => {
          const story = clippingStory([line]);
          if (story !== null) {
            expect(line).toContain(story.outlet);
            expect(line).toContain(`(${story.headline})`);
            expect(line).toContain(story.day);
          }
        },
      ),
    );
  });
});
