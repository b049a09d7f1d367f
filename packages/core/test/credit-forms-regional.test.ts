import { describe, expect, it } from "vitest";
import { readDateline } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";

/**
 * Credit, dateline, byline and editor lines as outlets the data sets hold few of write them — Taiwan's papers and
 * wire (中央社, 自由時報), Hong Kong's (文匯報), the Malaysian Chinese papers, mainland provincial papers and the
 * WeChat-era sites — each a real line found in the search index (its file id noted), set in a small story: the
 * headline, the line, a paragraph. `source` and `author` are what caixun must read (`undefined`: not judged).
 */
type Row = [id: string, line: string, source: string | null | undefined, author: string | null | undefined];

const BODY = "第二段正文說明更多情況，記者持續追蹤。";

function read(line: string) {
  const article = parse(`# 測試標題甲乙\n\n${line}\n\n${BODY}\n`, { filename: "story.md" });
  return { source: article.source?.name ?? null, author: article.author, editor: article.editor };
}

const ROWS: readonly Row[] = [
  // 中央社's dispatch: the wire, its reporter, the city and the day (Taiwan).
  [
    "26145921984",
    "（中央社記者劉世怡台北27日電）保安警察第二總隊刑事警察大隊小隊長陳揚宗被控利用查緝仿冒品案。",
    "中央社",
    "劉世怡",
  ],
  [
    "1520479012",
    "（中央社記者黃巧雯台北20日電）外需不振，影響接單動能，經濟部今天公布7月外銷訂單金額。",
    "中央社",
    "黃巧雯",
  ],
  [
    "7623617962",
    "（中央社記者林思宇台北19日電）創團59年的救國團今天召開團員大會，選出新任團務指導委員。",
    "中央社",
    "林思宇",
  ],
  [
    "12922934990",
    "（中央社記者趙麗妍台中27日電）台中市神岡區一處工廠發生桶屍案，檢警今天相驗。",
    "中央社",
    "趙麗妍",
  ],
  [
    "4974987293",
    "（中央社記者汪淑芬台北23日電）今天是二十四節氣中的大暑，中央氣象局預報。",
    "中央社",
    "汪淑芬",
  ],
  [
    "30644476255",
    "（中央社記者劉世怡台北11日電）北院審理京華城案裁定柯文哲、應曉薇自2日起延長羈押禁見2個月。",
    "中央社",
    "劉世怡",
  ],
  ["68542592001", "（中央社紐約23日電）美國股市今天收高，投資人關注聯準會動向。", "中央社", null],
  ["11095086981", "（路透巴黎23日電）法國政府今天宣布新的預算方案。", "路透", null],
  // A Taiwanese paper's byline: 記者, the writers, a slash, the city and 報導, maybe in the paper's brackets.
  ["67302211426", "記者呂炯昌／台北報導", null, "呂炯昌"],
  [
    "19353402912",
    "〔自由時報記者林俊宏、王憶紅／台北報導〕台北地檢署認定宏達電未發表的圖形介面遭竊取。",
    "自由時報",
    "林俊宏、王憶紅",
  ],
  [
    "40694318295",
    "〔記者黃捷／台北報導〕中華統一促進黨總裁張安樂及其子張瑋，遭控收受政治獻金卻未按規定申報。",
    null,
    "黃捷",
  ],
  ["19033754468", "記者鍾釗榛／綜合報導", null, "鍾釗榛"],
  // The paper's name first, before a slash (udn's) or in square brackets (FTNN's), the byline run on into the story.
  ["14189341359", "聯合報 / 記者潘乃欣／台北即時報導", "聯合報", "潘乃欣"],
  ["70942363289", "聯合報／ 記者王小明／台北即時報導", "聯合報", "王小明"],
  [
    "69003619669",
    "[FTNN新聞網]記者林欣愉／綜合報導美國聯準會（Fed）16日宣布升息1碼。",
    "FTNN新聞網",
    "林欣愉",
  ],
  [
    "68915248807",
    "[FTNN新聞網]記者何亞軒／綜合報導摩根大通（小摩）針對日月光投控（3711）出示報告。",
    "FTNN新聞網",
    "何亞軒",
  ],
  // A desk's compilation names no writer and no outlet.
  ["60971515173", "【即時中心／綜合報導】颱風今天逼近台灣東部海面。", null, null],
  [
    "14353245784",
    "〔即時新聞／綜合報導〕中國南寧一名男子因為女友去旅遊不在身邊，錄下自己寂寞的心境。",
    null,
    null,
  ],
  ["223879027", "〔財經頻道／綜合報導〕中共中央紀委國家監委今天公布消息。", null, null],
  // Hong Kong: the paper's 訊 run on into its reporter's bracket; the paper's own 【本報訊】 names no paper.
  [
    "6043125496",
    "香港文匯報訊（記者 張聰 北京報道）在美國上市的拍拍貸宣佈，與香港新鴻基有限公司達成戰略合作。",
    "香港文匯報",
    "張聰",
  ],
  ["13141981955", "【本報訊】灣仔交通擠塞，客貨車司機駕駛途中疑病發休克，撞泥頭車身亡。", null, null],
  [
    "28399159841",
    "【本報訊】「山竹」遠離香港，市民還未回氣，數十萬打工仔昨早要在無巴士、火車的情況下上班。",
    null,
    null,
  ],
  ["24271365628", "【本報訊】香港政府落實港版國安法後加強打壓港人自由，包括延遲立法會選舉。", null, null],
  // The Malaysian Chinese papers' dateline: the city (maybe after its state) and the day, no outlet.
  ["32448027026", "（彭亨‧北根29日訊）首相拿督斯里納吉說，我國曾於2013年發生蘇祿軍侵入事件。", null, null],
  [
    "26691313607",
    "（亚罗士打2日讯）水灾情况未完全好转，原定3日恢复到校上课的北方大学学生，将继续上网课。",
    null,
    null,
  ],
  [
    "14906283335",
    "（八打灵再也22日讯）继柔佛州总警长拿督古玛后，第13任全国总警长亦遭有心人士以人工智能技术造假视频。",
    null,
    null,
  ],
  [
    "14493080833",
    "（雪邦21日讯）交通部长陆兆福预告，吉隆坡国际机场接驳电车预计将于下月1日起恢复运行。",
    null,
    null,
  ],
  [
    "8980397385",
    "（本报古晋2日讯）华人农历新年跫音近，古晋区的年货市集预计将在农历新年的前2个星期开业。",
    null,
    null,
  ],
  // 观察者网's bracketed byline, the writer after a space, a columnist's title, or glued to the site's 网.
  [
    "8689234602",
    "【文/观察者网 王世纯】自6月末以来，美国海军在南海地区举行了3次双航母演习。",
    undefined,
    "王世纯",
  ],
  [
    "31258806386",
    "【文/观察者网专栏作家 雁默】3月22日-28日，韩国瑜将访问大陆香港，澳门，深圳，厦门四城市。",
    undefined,
    "雁默",
  ],
  [
    "3436233002",
    "【文/观察者网徐乾昂】一边是决定信号质量的基带芯片，另一边是手机厂商的选择。",
    undefined,
    "徐乾昂",
  ],
  [
    "28103530416",
    "【文/观察者网李焕宇】即便接收了国际货币基金组织给出的最大规模贷款，阿根廷比索仍然在下跌。",
    undefined,
    "李焕宇",
  ],
  [
    "16275022634",
    "【文/观察者网 严珊珊】这两天,一篇揭露上海“名媛”的观察记,在盛大开场后迅速转折。",
    undefined,
    "严珊珊",
  ],
  // A mainland provincial paper's own story: 本报讯 and its reporter (the first writer named).
  [
    "23942554309",
    "本报讯（记者孙珺 通讯员褚家威）昨天，全省打击侵权假冒工作电视电话会议披露了十大典型案件。",
    null,
    "孙珺",
  ],
  [
    "17449293856",
    "本报讯（记者曹丽华）阳文彬是云台镇综合执法大队干部，蒋佳玮是云台镇产业发展服务中心干部。",
    null,
    "曹丽华",
  ],
  ["71192546886", "本报讯（记者 葛仁鑫）近日，四川省教育厅印发通知。", null, "葛仁鑫"],
  [
    "40392396868",
    "本报讯（记者 李澈）为提升乡村教师培训实效，教育部日前印发《送教下乡培训指南》。",
    null,
    "李澈",
  ],
  [
    "193917031",
    "来源：中国科学报\n\n本报讯（记者肖洁）又有一位中国科学家喜获小行星命名殊荣！",
    "中国科学报",
    "肖洁",
  ],
  // A source line: after the page's stamp, or with the account's handle in brackets after the outlet's name.
  ["10469892914", "2017-09-08 10:30 来源：澎湃新闻\n\n国务院今天召开常务会议。", "澎湃新闻", null],
  [
    "29184290010",
    "记者：杨鑫倢来源：澎湃新闻（thepapernews）\n\n武侠泰斗金庸在香港病逝。",
    "澎湃新闻",
    "杨鑫倢",
  ],
];

describe("regional credit forms (a table of real lines)", () => {
  it.each(ROWS)("file %s: %s", (_id, line, source, author) => {
    const got = read(line);
    if (source !== undefined) expect(got.source).toBe(source);
    if (author !== undefined) expect(got.author).toBe(author);
  });

  it("reads a Taiwanese paper's editor line at the story's foot (search-index file 59791661258)", () => {
    const article = parse(`# 測試標題甲乙\n\n台北市政府今天宣布新的交通政策。\n\n責任編輯：張庭瑄\n`, {
      filename: "story.md",
    });
    expect(article.editor).toBe("張庭瑄");
  });

  it("reads no outlet from a dispatch whose name ends in its day, in either script or digit width", () => {
    for (const line of ["（吉隆坡29日訊）首相說。", "（檳城２９日訊）首相說。", "（新山29日讯）首相说。"])
      expect(readDateline(line)?.outlet ?? null).toBeNull();
    // A paper's undated 訊 still names it.
    expect(readDateline("【深圳商报讯】（首席记者 王海荣）深圳今天发布新政。")?.outlet).toBe("深圳商报");
    expect(readDateline("【大公報訊】記者報道：深圳今天發布新政。")?.outlet).toBe("大公報");
  });
});
