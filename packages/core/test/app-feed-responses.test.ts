// News-app API responses kept in code (datasets/fresh-88, session 51): a web class's 今日头条 API route returning
// headlines only, Android beans whose GsonFormat javadoc keeps 网易新闻 list responses. Excerpts of the real files
// (repositories, paths and the index's file ids in datasets/fresh-88/SOURCES.tsv), shortened where marked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllSync } from "../src/parse-all.js";

function articles(text: string, filename: string) {
  return Array.from(parseAllSync(new TextEncoder().encode(text), { filename })).flatMap((result) =>
    result.ok ? [result.article] : [],
  );
}

/** caraino/web-class, lesson-5-homework/toutiao/pages/api/news.js: the route's head and its first two items. */
const TOUTIAO_HEADLINES = `// Next.js API route support: https://nextjs.org/docs/api-routes/introduction

export default (req, res) => {
    res.statusCode = 200;
    res.json({
        code: 200,
        data: [{
                'title': '潮头观澜丨新的关头 再探改革',
                'img_url': 'https://p3.pstatp.com/list/190x124/pgc-image/C6B67A952E62AC877FBCA523AEF9F3F2',
                'url': 'https://www.toutiao.com/c/user/token/MS4wLjABAAAAZ-7_bvIhGk-tKa7Z4B3GUSA0d-6Rc3qMsEsMEPPUQig/',
                'tag': '时政',
                'source': '央视新闻',
                'source_img': 'https://p26-tt.byteimg.com/origin/pgc-image/6567094cd4c249a487b66a43cfcd414d',
                'source_url': 'https://www.toutiao.com/group/6943647515250000397/',
                'comments': 522,
                'time': 1616745403
            },
            {
                'title': '习近平同喀麦隆总统比亚就中喀建交50周年互致贺电',
                'img_url': 'null',
                'url': 'https://www.toutiao.com/c/user/token/MS4wLjABAAAAiAce5qhH31TeuB3UdpFMV8u-uwy2LnoiqI10uZHqAt8/',
                'tag': '国际',
                'source': '新华社',
                'source_img': 'https://p26-tt.byteimg.com/origin/pgc-image/21507a12df2c4e7eb2d859c6f32dd497',
                'source_url': 'https://www.toutiao.com/group/6943770469434655246/',
                'comments': 794,
                'time': 1616744953
            }
        ],
    })
}`;

/** The OkHttp demo's TestEntity.java (file id 6311775256): its GsonFormat javadoc, three of the data list's ten items. */
const NETEASE_BEAN = `public class TestEntity implements Serializable {

    /**
     * msg : success
     * code : 1
     * data : [{"imgsrc3gtype":"1","stitle":"","docid":"EOL3NDG504178D6R","digest":"来源：央视新闻9月5日，在广东深圳龙岗区，一车主将车在公共绿","source":"读特","title":"深圳一车主停车绿化带被罚3230元 罚金是怎么算的？","priority":110,"ptime":"2019-09-09 15:38:17","hasImg":1,"url":"http://3g.163.com/ntes/19/0909/15/EOL3NDG504178D6R.html","commentCount":2},{"imgsrc3gtype":"1","stitle":"","docid":"EOL6UJ8S04178D6R","digest":"近日，深圳市人大常委会修改《深圳经济特区道路交通安全违法行为","source":"环球网","title":"深圳拟出新规：开车时玩手机将罚300元，11月实施","priority":108,"ptime":"2019-09-09 16:34:38","hasImg":1,"url":"http://3g.163.com/ntes/19/0909/16/EOL6UJ8S04178D6R.html","commentCount":1},{"imgsrc3gtype":"1","stitle":"","docid":"EOKG25IQ04178D6R","digest":"来源：深圳地铁中秋节地铁将延长运营服务时间增开上线列车201","source":"深圳晚报","title":"中秋节深圳地铁运营延长至24:00 将加开列车","priority":88,"ptime":"2019-09-09 09:54:38","hasImg":1,"url":"http://3g.163.com/ntes/19/0909/09/EOKG25IQ04178D6R.html","commentCount":119}]
     */

    private String msg;
}
`;

/** A 网易新闻 client's NewsBean.kt (file id 50738647425): its javadoc's item, the fields after it cut. */
const NETEASE_SPECIAL = `class NewsBean {
        /**
         * template : normal1
         * lmodify : 2019-07-28 08:21:35
         * source :
         * postid : EL5G6KCT0001899O
         * title : 没病到一定程度，千万别去创业
         * mtime : 2019-07-28 08:21:35
         * hasImg : 1
         * articleType : webview
         * digest : 点击继续查看使用安卓和iPhone最新版本客户端可获得更流畅体验，下载地址：安卓用户点这里iPhone用户点这里
         * ptime : 2019-07-28 07:21:22
         * docid : EL5G6KCT0001899O
         * url : http://3g.163.com/news/19/0728/07/EL5G6KCT0001899O.html
         */

        var template: String? = null
}
`;

describe("headline records in code", () => {
  it("reads each item of a headlines-only API route as a headline, its story's link not the writer's page", () => {
    const [first, second, ...rest] = articles(TOUTIAO_HEADLINES, "news.js");
    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({
      ref: "item 1",
      title: "潮头观澜丨新的关头 再探改革",
      publishedAt: "2021-03-26T15:56:43+08:00",
      source: { name: "央视新闻" },
      originalUrl: "https://www.toutiao.com/group/6943647515250000397/",
      text: "",
    });
    expect(second).toMatchObject({
      ref: "item 2",
      source: { name: "新华社" },
      originalUrl: "https://www.toutiao.com/group/6943770469434655246/",
    });
  });

  it("keeps a person's page as the link when the record links nothing else", () => {
    const only = TOUTIAO_HEADLINES.replace(/\s*'source_url': '[^']*',/g, "");
    expect(articles(only, "news.js")[0]!.originalUrl).toBe(
      "https://www.toutiao.com/c/user/token/MS4wLjABAAAAZ-7_bvIhGk-tKa7Z4B3GUSA0d-6Rc3qMsEsMEPPUQig/",
    );
  });
});

describe("a source credit a feed ran into its digest", () => {
  it("reads the glued credit as the source, the relaying outlet as via, and keeps the words after it", () => {
    const [glued, plain, unknown] = articles(NETEASE_BEAN, "TestEntity.java");
    expect(glued).toMatchObject({ source: { name: "央视新闻" }, via: ["读特"] });
    expect(glued!.text).toBe("9月5日，在广东深圳龙岗区，一车主将车在公共绿");
    expect(plain).toMatchObject({ source: { name: "环球网" } });
    expect(plain!.text).toBe("近日，深圳市人大常委会修改《深圳经济特区道路交通安全违法行为");
    // 深圳地铁 reads as no outlet's name and is not the stated source: the digest is as the feed wrote it.
    expect(unknown!.text).toBe("来源：深圳地铁中秋节地铁将延长运营服务时间增开上线列车201");
  });

  it("leaves a credit a stop sets off as it is (guapier's roll export: 来源：证券时报网,国金证券指出…)", () => {
    const json = JSON.stringify([
      {
        title: "国金证券：华兴源创新一轮增长高峰将至",
        content: "来源：证券时报网,国金证券指出，作为国内平板显示检测设备领导厂商。",
        source: "证券时报网",
      },
      { title: "另一条", content: "另一条新闻的正文。" },
    ]);
    const [first] = articles(json, "news.json");
    expect(first!.source?.name).toBe("证券时报网");
    // Not cut inside the name (`来源：证券时报` over `网,国金证券指出…`).
    expect(first!.text).toBe("来源：证券时报网,国金证券指出，作为国内平板显示检测设备领导厂商。");
  });

  it("never throws on any digest that opens with a 来源 credit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (rest) => {
        const json = JSON.stringify([
          { title: "标题", source: "读特", digest: `来源：央视新闻${rest}` },
          { title: "另一条", digest: "另一条新闻的正文。" },
        ]);
        expect(() => articles(json, "feed.json")).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe("a 网易 special's item", () => {
  it("dates it by ptime, not by mtime (its edit), and reads the app's upgrade prompt as no text", () => {
    const [special] = articles(NETEASE_SPECIAL, "NewsBean.kt");
    expect(special).toMatchObject({
      title: "没病到一定程度，千万别去创业",
      publishedAt: "2019-07-28T07:21:22+08:00",
      text: "",
    });
  });

  it("keeps a sentence on an app's update that goes on", () => {
    const json = JSON.stringify([
      { title: "某券商APP改版", content: "使用最新版本客户端可获得更流畅体验，该券商称用户数因此增长三成。" },
      { title: "另一条", content: "另一条新闻的正文。" },
    ]);
    expect(articles(json, "news.json")[0]!.text).toBe(
      "使用最新版本客户端可获得更流畅体验，该券商称用户数因此增长三成。",
    );
  });
});
