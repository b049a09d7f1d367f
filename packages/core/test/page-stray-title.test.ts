import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

// Excerpt of 财经网's CmsTop page carrying a 北京商报 flash (datasets/fresh-47, caijing__may-lpr.html, saved by
// opendatalab/magic-html): the template prints its `<title>` after `</head>`, inside an include's wrapper.
const PAGE = `<head>
<meta charset="UTF-8">
<meta property="og:title" content="5月LPR按兵不动：1年期为3.45%，5年期以上为3.95%_经济_宏观频道首页_财经网 - CAIJING.COM.CN">
</head><body>
<union_tag_index_title><title>5月LPR按兵不动：1年期为3.45%，5年期以上为3.95%_经济_宏观频道首页_财经网 - CAIJING.COM.CN</title></union_tag_index_title>
<div class="news_lt news_this">当前位置：<a href="http://economy.caijing.com.cn/">宏观频道首页</a>  &gt;
<a href="http://economy.caijing.com.cn/economics/">经济</a>  &gt;</div>
<div class="main"><div id="article" class="article">
<h2 id="cont_title">5月LPR按兵不动：1年期为3.45%，5年期以上为3.95%</h2>
<div class="ar_source"><span id="cont_riqi" class="source">本文来源于<span id="source_baidu"><a href="http://www.bbtnews.com.cn/">北京商报</a></span>　<span id="pubtime_baidu">2024-05-20 09:47:48</span></span></div>
<div id="the_content" class="article-content">
<p>北京商报讯（记者 岳品瑜 董晗萱）5月20日，中国人民银行授权全国银行间同业拆借中心公布，2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%，5年期以上LPR为3.95%。两报价均与上月持平。</p>
</div></div></div></body>`;

describe("a page whose template printed its <title> in the body (datasets/fresh-47)", () => {
  it("is read as a page: the headline, not the crumb; the info line's source and exact second", () => {
    const article = parse(PAGE);
    expect(article.title).toBe("5月LPR按兵不动：1年期为3.45%，5年期以上为3.95%");
    expect(article.publishedAt).toBe("2024-05-20T09:47:48+08:00");
    expect(article.source?.name).toBe("北京商报");
    expect(article.text).not.toMatch(/当前位置|本文来源于/u);
  });

  it("takes no <title> from an <svg> drawing in the body", () => {
    const page = PAGE.replace(
      /<union_tag_index_title>.*<\/union_tag_index_title>/u,
      "<svg><title>图标</title></svg>",
    );
    expect(parse(page).title).not.toBe("图标");
  });
});
