// Classes the released sets of Hong Kong's and Taiwan's outlets showed under 98% (issue 12, session 60: fresh-95 and
// fresh-91), each read from real excerpts:
// - an outlet's report label opening its story in lenticular brackets, `【獨媒報導】` (獨立媒體's feed as morss saved it,
//   datasets/fresh-95/morss-fulltext-rss) and `【空島通訊社報導】` (a news generator's stories, the search index's file
//   55270841664): the outlet, and no sentence of the story; a kind of report in the same brackets (`【特約報道】`, a
//   clinic's news JSON, the index's file 27032622855) names no outlet and stays;
// - a bracketed note alone on its line that sends the reader to a clip elsewhere: news.gov.hk's
//   `（可按這裏收看整個會見傳媒的手語翻譯短片。）` (datasets/fresh-95/isd-rss-xml) and a README's `（點擊觀看概念介紹）` (the
//   index's file 53282909614);
// - a feed item's call to subscribe with its link and its closing line of hashtags: Channel C HK's
//   `【新聞有價 記者有格 立即訂閱：http://bit.ly/3wGQh7c】` and `#五一黃金周 #議員 …` (datasets/fresh-95/feedgen-rss-xml),
//   a README's `立即订阅：https://platform.minimaxi.com/subscribe/…` (the index's file 56806690379) and a knowledge
//   note's tag line `#Anthropic #Stainless #SDK …` (the index's file 56670092534);
// - a wire's dateline in Traditional script read for a derived title as its Simplified form is: `中央社記者韋樞台北2018年
//   1月25日電）` (a labelling tool's preview story, datasets/fresh-91/story-in-jsx-state) and the bracketed whole date;
//   `（中央社記者郭建伸、王揚宇台北10日電）` (a Python script's `longText`, the index's file 30262771545).
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

/** A plain-text file: a headline, then the paragraphs. */
const plain = (...paragraphs: string[]) =>
  parse(["样本标题", ...paragraphs].join("\n\n"), { filename: "sample.txt" });

/** One record of a JSON dump holding only the story's text, so that its title is derived from the text. */
const record = (content: string) => parse(JSON.stringify([{ content }]), { filename: "records.json" });

describe("an outlet's report label opening its story", () => {
  it("reads 獨立媒體's 【獨媒報導】 as its source and leaves the label out of the text", () => {
    const article = plain(
      "【獨媒報導】第一階段「走塑」實施逾一周，香港高才通人才服務協會今日舉行「高才餐廳打卡會 自帶餐具我先行」快餐聚會，邀請約60位高才與環境及生態局局長謝展寰等人一同外賣午餐。",
    );
    expect(article.source).toEqual({ name: "獨立媒體" });
    expect(article.text).toBe(
      "第一階段「走塑」實施逾一周，香港高才通人才服務協會今日舉行「高才餐廳打卡會 自帶餐具我先行」快餐聚會，邀請約60位高才與環境及生態局局長謝展寰等人一同外賣午餐。",
    );
  });

  it("reads a news agency's 【空島通訊社報導】 the same way", () => {
    const article = plain("【空島通訊社報導】空島通訊社觀測中心指出，今日四島浮空系統整體維持穩定運作。");
    expect(article.source).toEqual({ name: "空島通訊社" });
    expect(article.text).toBe("空島通訊社觀測中心指出，今日四島浮空系統整體維持穩定運作。");
  });

  it("keeps a kind of report in the brackets as written, naming no outlet", () => {
    const article = plain(
      "【特約報道】以前中風是老人家才容易患上的疾病，近年中風已有年輕化趨勢，40-50歲的病患者開始增加，甚至廿歲年輕人也會中招。",
    );
    expect(article.source).toBeNull();
    expect(article.text.startsWith("【特約報道】以前中風是老人家")).toBe(true);
  });
});

describe("a bracketed note that sends the reader to a clip", () => {
  it("leaves news.gov.hk's sign-language video note out of the story it opens", () => {
    const article = plain(
      "（可按這裏收看整個會見傳媒的手語翻譯短片。）",
      "行政長官李家超表示，截至上月底，已有約11萬人才經各項人才計劃來港。",
    );
    expect(article.text).toBe("行政長官李家超表示，截至上月底，已有約11萬人才經各項人才計劃來港。");
  });

  it("leaves a README's note under its video out, and a sentence that opens with such a bracket in", () => {
    const article = plain("（點擊觀看概念介紹）", "（可按這裏收看）政府新聞處表示，記者會將於下午三時舉行。");
    expect(article.text).toBe("（可按這裏收看）政府新聞處表示，記者會將於下午三時舉行。");
  });
});

describe("a feed item's call to subscribe and its hashtag line", () => {
  it("leaves Channel C HK's plug and its closing hashtags out of the story", () => {
    const article = plain(
      "五一黃金周將至，飲食界和批發及零售界均表示有期待，指旅客消費模式已改變，最緊要是氣氛及服務態度。",
      "【新聞有價 記者有格 立即訂閱：http://bit.ly/3wGQh7c】",
      "批發及零售界議員邵家輝認同，稱尤其在遊客區的打擊應「絕不手軟」，他期望禮貌運動能推廣至不同行業，甚至每位市民。",
      "#五一黃金周 #議員 #加強打擊黑的 #改善旅客體驗 #的士 #旅發局 #禮貌運動\u00a0\u00a0",
    );
    expect(article.text).toBe(
      "五一黃金周將至，飲食界和批發及零售界均表示有期待，指旅客消費模式已改變，最緊要是氣氛及服務態度。\n\n批發及零售界議員邵家輝認同，稱尤其在遊客區的打擊應「絕不手軟」，他期望禮貌運動能推廣至不同行業，甚至每位市民。",
    );
  });

  it("leaves a README's subscribe line and a note's tag line out; Weibo's paired topic marks stay", () => {
    const article = plain(
      "订阅一份套餐，解锁最新模型。",
      "立即订阅：https://platform.minimaxi.com/subscribe/token-plan?code=nAAsoATPsf&source=link",
      "#Anthropic #Stainless #SDK #API #开发者工具 #收购 #供应链",
      "#A股# #港股# 今日两市成交额突破万亿元。",
    );
    expect(article.text).toBe("订阅一份套餐，解锁最新模型。\n\n#A股# #港股# 今日两市成交额突破万亿元。");
  });
});

describe("a wire's Traditional dateline before a derived title", () => {
  it("derives the title after 中央社's dateline that lost its opening bracket, as after the Simplified one", () => {
    const traditional = record(
      "中央社記者韋樞台北2018年1月25日電）股市追漲不追跌的特性同樣適用於房市，房仲發現，新北重劃區降價換成交如同吸嗎啡。",
    );
    expect(traditional.title).toBe(
      "股市追漲不追跌的特性同樣適用於房市，房仲發現，新北重劃區降價換成交如同吸嗎啡",
    );
    expect(traditional.source).toEqual({ name: "中央社" });
    expect(traditional.author).toBe("韋樞");
    expect(traditional.publishedAt).toBe("2018-01-25T00:00:00+08:00");
    const simplified = record(
      "中央社记者韦枢台北2018年1月25日电）股市追涨不追跌的特性同样适用于房市，房仲发现，新北重划区降价换成交如同吸吗啡。",
    );
    expect(simplified.title).toBe(
      "股市追涨不追跌的特性同样适用于房市，房仲发现，新北重划区降价换成交如同吸吗啡",
    );
  });

  it("derives it after a bracketed dateline with the whole date or two reporters", () => {
    expect(
      record(
        "（中央社記者韋樞台北2018年1月25日電）股市追漲不追跌的特性同樣適用於房市，房仲發現，新北重劃區降價換成交如同吸嗎啡。",
      ).title,
    ).toBe("股市追漲不追跌的特性同樣適用於房市，房仲發現，新北重劃區降價換成交如同吸嗎啡");
    expect(
      record(
        "（中央社記者郭建伸、王揚宇台北10日電）立法院全院委員會今天審查大法官人事同意權，民眾黨立委麥玉珍詢問，是否贊成京華城案有公開直播的試辦策略。",
      ).title,
    ).toBe("立法院全院委員會今天審查大法官人事同意權，民眾黨立委麥玉珍詢問，是否贊成京華城案…");
  });
});
