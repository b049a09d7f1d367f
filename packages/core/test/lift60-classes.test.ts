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
//   `（中央社記者郭建伸、王揚宇台北10日電）` (a Python script's `longText`, the index's file 30262771545);
// - the same wire's dateline naming two reporters, read for its source and its authors as one reporter's is:
//   `（中央社記者郭建伸、王揚宇台北10日電）` and `（中央社記者溫貴香、王揚宇台北16日電）` (a news dump's `content` list, the
//   index's file 28732086170);
// - a story's object given its headline by a setter beside its text: a news app's mock DAO's `n.setTitle("…")` after
//   `n.setContent("…")` (datasets/fresh-91/story-in-java-mock) and an Android demo's `news1.setTitle("…")` before
//   `news1.setContent("…")` (NewsTitleFragment.java, the index's file 27769611083; its `initNews` verbatim, the
//   class's other methods left out).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

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

/** NewsTitleFragment.java's `initNews`, verbatim, in its class (the index's file 27769611083). */
const ANDROID_NEWS = `package com.crystal.hq.uibestpractice;

import java.util.ArrayList;
import java.util.List;

public class NewsTitleFragment extends Fragment {

    private List<News> initNews() {
        List<News> news_list = new ArrayList<News>();
        News news1 = new News();
        news1.setTitle("习近平指挥“一带一路”交响乐之华彩篇");
        news1.setContent("　　时光荏苒，沧海桑田。当悠远的驼铃声穿越历史的星空，昔日的落雁孤烟幻化成一条条蜿蜒的铁轨，古老的丝绸之路再一次熠熠生辉。\\n" +
                "\\n" +
                "　　2013年9月7日，习近平在哈萨克斯坦纳扎尔巴耶夫大学发表演讲，提出了共同建设“丝绸之路经济带”的畅想。一个月后，习近平出访东盟，提出共同建设“21世纪海上丝绸之路”。由此，“一带一路”走入世界视野，开启了一段穿越时间与空间的新旅途。\\n" +
                "\\n" +
                "　　这是一条贸易之路，它深入中亚、联通中欧，惠及全球，在新的时代背景下完美阐释了“经济全球化”这一世界性课题。\\n" +
                "\\n" + "　　这是一条友谊之路，它唤起了沿线国家的历史记忆。在中华民族同其他民族的友好交往中，逐步形成了以和平合作、开放包容、互学互鉴、互利共赢为特征的“丝路精神”。\\n" +
                "\\n" + "　　4载春华秋实，由习近平提出的这份中国方案已结出累累硕果。4轮春夏秋冬，互利共赢、守望相助的中国主张应者云集，获得世界点赞；绿色、健康、智力、和平的中国方案在“一带一路”沿线国家创造了一个又一个发展奇迹。4年间，中国以倡议者和实践者的形象活跃在“一带一路”的舞台上，与世界各国共同奏响了这个时代的华彩乐章。");
        news_list.add(news1);
        News news2 = new News();
        news2.setTitle("日本遭遇1967年以来首次沙尘暴 日媒：中国吹来的");
        news2.setContent("　　日媒称，日本气象厅表示，7日观测到沙尘暴来袭，范围覆盖从日本西部到北部的广大地区，还包括关东地区的部分地区。\\n" +
                "\\n" +
                "　　共同社5月7日报道称，日本气象厅表示，从中国吹来的大风携带着黄沙，持续到8日，主要是在日本西部。气象厅警告，由于能见度低，可能会对运输造成干扰。\\n" +
                "\\n" +
                "　　日本气象厅说，在熊本市，7日凌晨3点到6点的能见度已经下降到8公里。能见度下降到不到10公里时，从远处就能清楚地看到雾霾。\\n" +
                "\\n" +
                "　　7日，在北海道、东北部、中部、关西地区和九州，都能观测到携带沙尘的空气。在群马县和茨城县也看到了沙尘空气。\\n" +
                "\\n" +
                "　　6日在日本西部观测到的扬沙是今年来的首次。这是自1967年日本有沙尘记录以来最新检测到的扬沙天气。");
        news_list.add(news2);
        return news_list;
    }
}
`;

describe("a wire's dateline naming two reporters", () => {
  it("reads 中央社 as the source and both reporters as the author", () => {
    for (const [content, author] of [
      [
        "（中央社記者郭建伸、王揚宇台北10日電）立法院全院委員會今天審查大法官人事同意權，民眾黨立委麥玉珍詢問，是否贊成京華城案有公開直播的試辦策略。",
        "郭建伸、王揚宇",
      ],
      [
        "（中央社記者溫貴香、王揚宇台北16日電）力拚2022憲改公投綁大選，民進黨團總召柯建銘今天表示，春節連假過後將啟動修憲工程，會負責任提出黨版修憲案。",
        "溫貴香、王揚宇",
      ],
    ]) {
      const article = record(content!);
      expect(article.source).toEqual({ name: "中央社" });
      expect(article.author).toBe(author);
    }
  });
});

describe("a story's headline set on its object by a setter", () => {
  it("takes each story's title from its object's setTitle, before or after its setContent", () => {
    const results = [
      ...parseAllSync(new TextEncoder().encode(ANDROID_NEWS), { filename: "NewsTitleFragment.java" }),
    ];
    expect(
      results.map((result) => (result.ok ? [result.article.title, result.article.text.slice(0, 10)] : null)),
    ).toEqual([
      ["习近平指挥“一带一路”交响乐之华彩篇", "时光荏苒，沧海桑田。"],
      ["日本遭遇1967年以来首次沙尘暴 日媒：中国吹来的", "日媒称，日本气象厅表"],
    ]);
  });

  it("takes the mock DAO's headline set after its story's text", () => {
    const mock = readFileSync(
      join(REPO, "datasets/fresh-91/story-in-java-mock/newscatching__MNewsMockDao.java"),
    );
    const article = parse(mock, { filename: "MNewsMockDao.java" });
    expect(article.title).toBe("台北商圈認證 寧夏西門獲3星");
    expect(article.source).toEqual({ name: "中央社" });
    expect(article.author).toBe("戴雅真");
  });
});
