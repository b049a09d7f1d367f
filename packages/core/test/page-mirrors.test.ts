// Jekyll mirrors of whole article pages (datasets/fresh-87, session 51): WordPress pages of ideobook.com kept by
// NodeBE4/opinion, Drupal pages of pao-pao.net and a Medium RSS item kept by NodeBE4/oped2 — front matter naming the
// page's address as `from:`, the page's HTML as the body. Excerpts of the real files (repositories, paths and commits
// in datasets/fresh-87/SOURCES.tsv), shortened where marked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDateline } from "../src/credits/grammar.js";
import { dayClosingLine } from "../src/enrich/date-evidence.js";
import { parse } from "../src/index.js";

/** NodeBE4/opinion, _posts/-高鸿钧：醉心梦语（八）公开官员财产.md: points 三 to 七 and the tags' links cut. */
const WORDPRESS_PAGE = `---
layout: post
title: "高鸿钧：醉心梦语（八）公开官员财产"
date: 
author: 高鸿钧
from: http://www.ideobook.com/823/official-property-disclosure/
tags: [ 智识 ]
categories: [ 智识 ]
---

<article class="post-entry clearfix post-823 post type-post status-publish format-standard has-post-thumbnail hentry category-essays tag-422 tag-1439 tag-489 tag-227">
 <div class="post-entry-thumbnail">
  <img alt="高鸿钧：醉心梦语（八）公开官员财产" src="http://www.ideobook.com/img/1189.jpg"/>
 </div>
 <!-- /blog-entry-thumbnail -->
 <div class="post-entry-text clearfix">
  <header>
   <h1>
    高鸿钧：醉心梦语（八）公开官员财产
   </h1>
   <ul class="post-entry-meta">
    <li>
     By:
     <a href="http://gaohongjun.ideobook.com/" title="查看 高鸿钧 的作者主页">
      高鸿钧
     </a>
     . 2009-5-4.
     <a href="http://www.ideobook.com/372/post-views-count/" title="统计说明">
      5,599
     </a>
    </li>
   </ul>
  </header>
  <div class="post-entry-content">
   <p>
    针对公开官员财产的建议，某高官反问：“为什么老百姓不公开财产？”此言一出，语惊天下。细而思之，他这惊世骇俗之语，却包含了深厚的政治和法律文化信息。
   </p>
   <p>
    一、法律面前人人平等，为何只公布官员的财产而不公布百姓的财产？难道只有官员的财产才享受阳光，百姓的财产就只能处于阴暗的角落发霉？
   </p>
   <p>
    二、官员是国家人，就如他们的人身秘密是国家秘密，他们的财产秘密也属于国家秘密。百姓的财产是私人秘密，与国家秘密相比，两者孰轻孰重，不言而喻。正因为此，福布斯财富名人榜没有官员的名字。
   </p>
   <p>
    八、官员成为先富起来那部分人，看来符合国情。如果说西方的原始积累得益与商人，那么，中国的原始积累则成就于官员。这一奥妙也许在后世才能领悟，就如我们今天才认识到徽商和晋商的价值，才感觉到秦始皇和汉武帝的伟大。洋务运动与官僚资本的巧妙结合。才是真正的“本土资源”。
   </p>
   <p>
    3月29日
   </p>
   <p>
    <a href="/891/zuixinmengyu-by-hailunmin/">
     <img alt="海伦民：醉心梦语" src="/img/zuixinmengyu.gif"/>
    </a>
   </p>
  </div>
  <!-- /post-entry-content -->
  <footer class="post-entry-footer">
   <p>
    Categorized:
    <a href="http://www.ideobook.com/category/essays/" rel="category tag">
     评论随笔 · ESSAYS
    </a>
   </p>
  </footer>
  <!-- /post-entry-footer -->
  <footer class="post-entry-footer">
   <p>
    如果您喜欢本站文章，
    <a href="http://www.ideobook.com/subscription/">
     请订阅我们的电子邮件
    </a>
    ，以便及时获取更新通知。
   </p>
   <p>
    好书推荐:
    <a href="https://amzn.to/2BLHdBY">
     脱销多年新近重印的四卷本奥威尔文集 The Collected Essays, Journalism, and Letters of George Orwell: Volume 1
    </a>
    .
   </p>
  </footer>
  <div class="boxframe" id="commentsbox">
   <div class="comments-area clearfix" id="comments">
    <div class="comment-respond" id="respond">
     <h3 class="comment-reply-title" id="reply-title">
      Leave a Reply
     </h3>
    </div>
   </div>
  </div>
 </div>
</article>
`;

/** NodeBE4/opinion, _posts/-李昌平：土地私有化是知识分子有意编故事.md: the head and the first questions; the rest cut. */
const INTERVIEW_PAGE = `---
layout: post
title: "李昌平：土地私有化是知识分子有意编故事"
date: 
author: 李昌平
from: http://www.ideobook.com/616/intellectuals-fiction-on-privatization-of-land/
tags: [ 智识 ]
categories: [ 智识 ]
---

<article class="post-entry clearfix post-616 post type-post status-publish format-standard has-post-thumbnail hentry category-humanities">
 <div class="post-entry-text clearfix">
  <header>
   <h1>
    李昌平：土地私有化是知识分子有意编故事
   </h1>
   <ul class="post-entry-meta">
    <li>
     By:
     <a href="http://www.ideobook.com/lichangping/" title="查看 李昌平 的作者主页">
      李昌平
     </a>
     . 2008-10-9.
     <a href="http://www.ideobook.com/372/post-views-count/" title="统计说明">
      5,140
     </a>
    </li>
   </ul>
  </header>
  <div class="post-entry-content">
   <p>
    大江城市生活周刊 记者 金微
   </p>
   <p>
    <strong>
     不要神话林权改革
    </strong>
   </p>
   <p>
    城市生活：我们从江西谈起。05年江西作为林权改革试点省份之一，其经验正在全国推广，你对林权改革有什么看法？
   </p>
   <p>
    李昌平：我觉得不要神话林权改革，但近两年，中国有意在神话林权改革。以中央电视台为代表的主流媒体“一而再、再而三”的用福建、江西等地的几个典型，编创了“一分就富”的林改神话。
   </p>
  </div>
 </div>
</article>
`;

/** NodeBE4/opinion, _posts/-胡凌：互联网企业垄断：现实与未来.md: the head's meta, the last paragraph, the credit, the banner. */
const CREDITED_ESSAY = `---
layout: post
title: "胡凌：互联网企业垄断：现实与未来"
date: 
author: 胡凌
from: http://www.ideobook.com/2239/internet-and-antitrust/
tags: [ 智识 ]
categories: [ 智识 ]
---

<article class="post-entry clearfix post-2239 post type-post">
 <div class="post-entry-text clearfix">
  <header>
   <h1>
    胡凌：互联网企业垄断：现实与未来
   </h1>
   <ul class="post-entry-meta">
    <li>
     By:
     <a href="http://www.ideobook.com/huling/" title="查看 胡凌 的作者主页">
      胡凌
     </a>
     . 2014-9-6.
     <a href="http://www.ideobook.com/372/post-views-count/" title="统计说明">
      3,038
     </a>
    </li>
   </ul>
  </header>
  <div class="post-entry-content">
   <p>
    如果是这样的话，即法律最终认定腾讯不具有相关市场的支配地位，或者因为无法认定而放弃，将反垄断法的任务交由不正当竞争法，那么我们就有机会进一步发现和理解新物种群体内部的竞争规则。不正当竞争可能会和专利侵权一样，成为二级平台之间的常规导弹，如果不是核弹的话。但3Q大战的出现恰好展示了核战争出现的可能性。
   </p>
   <p>
    （本文原载《文化纵横》2014年2月号）
   </p>
   <p>
    <a href="/1167/">
     <img alt="网络杂谈" src="/img/on-network-series-by-hl.png"/>
    </a>
   </p>
  </div>
  <footer class="post-entry-footer">
   <p>
    Categorized:
    <a href="http://www.ideobook.com/category/network-studies/" rel="category tag">
     网络研究 · NETWORK STUDIES
    </a>
   </p>
  </footer>
 </div>
</article>
`;

/** NodeBE4/oped2, _posts/2014-07-14-违宪？环球时报闹笑话.md: the head and the lede's paragraph to its third section; the tail cut. */
const DRUPAL_PAGE = `---
layout: post
title: "违宪？环球时报闹笑话"
date: 2014-07-14T07:02:50+02:00
author: 长平
from: https://pao-pao.net/article/131
tags: [ 泡泡 ]
categories: [ 泡泡 ]
---

<section class="clearfix" id="content" role="main">
    <div about="/article/131" class="node node-pao-pao-article node-promoted node-full view-mode-full clearfix" id="node-131" typeof="sioc:Item foaf:Document">
     <span class="rdf-meta element-hidden" content="违宪？环球时报闹笑话" property="dc:title">
     </span>
     <div class="submitted">
      <span content="2014-07-14T07:02:50+02:00" datatype="xsd:dateTime" property="dc:date dc:created" rel="sioc:has_creator">
       <a about="/author/18" class="username" datatype="" href="/author/18" property="foaf:name" title="查看用户资料" typeof="sioc:UserAccount" xml:lang="">
        长平
       </a>
       在 星期一, 07/14/2014 - 07:02 提交
      </span>
     </div>
     <div class="content">
         <div class="file file-image file-image-jpeg" id="file-314--2">
          <h2 class="element-invisible">
           <a href="/file/314">
            9078466926_917de2d84d_z.jpg
           </a>
          </h2>
          <div class="content">
           <img alt="" height="164" src="https://pao-pao.net/sites/pao-pao.net/files/styles/article_detail/public/9078466926_917de2d84d_z.jpg?itok=DF2D0zs9" title="" typeof="foaf:Image" width="290"/>
              <a href="https://secure.flickr.com/photos/deutschewelle/9078466926">
               图片来源：DW/M. Magunia
              </a>
          </div>
         </div>
         <h1 class="page-title">
          违宪？环球时报闹笑话
         </h1>
        <div class="field-item even" property="content:encoded">
         <p>
          <strong>
           <strong>
            （泡泡网特约撰稿）
           </strong>
           《环球时报》近年来却多次谈起违宪的事。最新一篇关于违宪问题的文章，是关于时事评论人
           <a href="https://pao-pao.net/node/132" rel="nofollow">
            李承鹏的新浪微博被销号
           </a>
           的社论。这篇社论说，李承鹏这样的人被销号，早晚注定发生，因为它“突破了底线”。
          </strong>
          <br/>
          <br/>
          <strong>
           环球的荒唐与荒唐的宪法
          </strong>
          <br/>
          《环球时报》近年来却多次谈起违宪的事。最新一篇关于违宪问题的文章，是关于时事评论人李承鹏的新浪微博被销号的社论。这篇社论说，
          <a href="https://pao-pao.net/node/132" rel="nofollow">
           李承鹏这样的人被销号
          </a>
          ，早晚注定发生，因为它“突破了底线”。“突破底线”是《环球时报》经常使用的词，指的是“多次批评政府”、质疑“国家体制”或者“社会制度”。
          <br/>
          <br/>
          我曾就此问题请教多位宪政专家，得到的解释是：上世纪八十年代就已经达成共识，宪法前言不具备和具体条文同样的法律效力。然而，查阅资料可知，中共从来没有确认这种说法，反而一再强调“四项基本原则”大过一切。因此
          <strong>
           司法审查可能首先得审查宪法是否符合法治精神
          </strong>
          。
         </p>
        </div>
     </div>
    </div>
</section>
`;

/** NodeBE4/oped2, _posts/2014-08-27-给我前任主人的一封信.md: the head and the first two paragraphs; the rest cut. */
const FEED_ITEM = `---
layout: post
title: "给我前任主人的一封信"
date: 2014-08-27T08:26:40.000Z
author: Yeeyan
from: https://medium.com/@yeeyan/-b67020a744?source=rss-216c8ba84893------2
tags: [ medium ]
categories: [ medium ]
---
<!--1409128000000-->
[给我前任主人的一封信](https://medium.com/@yeeyan/-b67020a744?source=rss-216c8ba84893------2)
------

<div>
<h3>我只是来报个平安</h3><p>我永远不会忘记我们分离的那一天。或许是因为我一向讨厌坐车，而那天你还把我留在了动物收容所。</p><p>你甚至无法凝视我的双眼，也没有回复我在后座发出的呼唤。</p><img src="https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss&postId=b67020a744" width="1" height="1" alt="">
</div>
`;

describe("a WordPress page a Jekyll mirror keeps", () => {
  const article = parse(WORDPRESS_PAGE, { filename: "opinion__gaohongjun-official-property.md" });

  it("takes the page's address from `from:` and its day from the theme's post meta", () => {
    expect(article.originalUrl).toBe("http://www.ideobook.com/823/official-property-disclosure/");
    expect(article.publishedAt).toBe("2009-05-04T00:00:00+08:00");
    expect(article.author).toBe("高鸿钧");
  });

  it("keeps the essay from its first sentence to the writer's dating line, without the theme's footer", () => {
    expect(article.text.startsWith("针对公开官员财产的建议，某高官反问")).toBe(true);
    expect(article.text.endsWith("3月29日")).toBe(true);
    for (const chrome of ["By:", "5,599", "Categorized", "请订阅我们的电子邮件", "好书推荐", "Leave a Reply"])
      expect(article.text).not.toContain(chrome);
  });

  it("reads the source from a weekly's byline under the headline", () => {
    const interview = parse(INTERVIEW_PAGE, { filename: "opinion__lichangping-land-privatization.md" });
    expect(interview.source?.name).toBe("大江城市生活周刊");
    expect(interview.author).toBe("金微");
    expect(interview.publishedAt).toBe("2008-10-09T00:00:00+08:00");
    expect(interview.text).toContain("城市生活：我们从江西谈起。");
  });

  it("keeps a closing credit over the series banner for the credits stage", () => {
    const essay = parse(CREDITED_ESSAY, { filename: "opinion__huling-internet-antitrust.md" });
    expect(essay.source?.name).toBe("文化纵横");
    expect(essay.text.endsWith("但3Q大战的出现恰好展示了核战争出现的可能性。")).toBe(true);
    expect(essay.text).not.toContain("NETWORK STUDIES");
  });
});

describe("a Drupal page a Jekyll mirror keeps", () => {
  const article = parse(DRUPAL_PAGE, { filename: "oped2__paopao-globaltimes-unconstitutional.md" });

  it("drops the page's head over the repeated headline, the hidden file name with it", () => {
    expect(article.originalUrl).toBe("https://pao-pao.net/article/131");
    expect(article.publishedAt).toBe("2014-07-14T07:02:50+02:00");
    for (const chrome of ["07:02 提交", "9078466926_917de2d84d_z.jpg", "图片来源"])
      expect(article.text).not.toContain(chrome);
  });

  it("reads the commissioned story's bracketed credit as the source", () => {
    expect(article.source?.name).toBe("泡泡网");
  });

  it("keeps each sentence whole across a prettified paragraph's source lines after a line break", () => {
    expect(article.text).toContain("这篇社论说，李承鹏这样的人被销号，早晚注定发生，因为它“突破了底线”。");
    expect(article.text).toContain("因此司法审查可能首先得审查宪法是否符合法治精神。");
    expect(article.blocks).toContainEqual(
      expect.objectContaining({ type: "heading", text: "环球的荒唐与荒唐的宪法" }),
    );
  });
});

describe("a Medium feed item a Jekyll mirror keeps", () => {
  it("drops the title's linked Setext heading, the item starts at its subtitle", () => {
    const article = parse(FEED_ITEM, { filename: "oped2__yeeyan-shelter-cat-letter.md" });
    expect(article.publishedAt).toBe("2014-08-27T08:26:40Z");
    expect(article.originalUrl).toBe("https://medium.com/@yeeyan/-b67020a744?source=rss-216c8ba84893------2");
    expect(article.text.startsWith("我只是来报个平安")).toBe(true);
    expect(article.text).not.toContain("------");
    expect(article.text).not.toContain("](https://medium.com");
  });
});

describe("the mechanisms on their own", () => {
  it("reads a theme's post meta as the day it names, and nothing else that opens with By", () => {
    expect(dayClosingLine("By: 爱德布克 . 2011-1-9. 5,734")).toEqual({ year: 2011, month: 1, day: 9 });
    expect(dayClosingLine("By: 胡凌 . 2014-9-6.")).toEqual({ year: 2014, month: 9, day: 6 });
    expect(dayClosingLine("By: 高鸿钧 . 2009-13-4. 5,599")).toBeNull();
    expect(dayClosingLine("By the way, 2009-5-4 was a Monday.")).toBeNull();
  });

  it("reads a bracketed commissioned-story credit, not a writer's bracket", () => {
    expect(readDateline("（泡泡网特约撰稿）《环球时报》近年来却多次谈起违宪的事。")?.outlet).toBe("泡泡网");
    expect(readDateline("（泡泡特约专稿）作为今年互联网整治行动中的重头戏")?.outlet).toBe("泡泡");
    expect(readDateline("（记者 张三）今天，某公司发布了新产品。")?.outlet ?? null).toBeNull();
  });

  it("leaves hidden-class elements out of a fragment's text", () => {
    const article = parse(
      '<p>正文第一段，讲述事情的经过。</p><span class="sr-only">屏幕阅读器提示</span><h2 class="visually-hidden">隐藏标题</h2><p>正文第二段。</p>',
      { filename: "fragment.html" },
    );
    expect(article.text).not.toContain("屏幕阅读器提示");
    expect(article.text).not.toContain("隐藏标题");
    expect(article.text).toContain("正文第二段。");
  });

  it("never throws on a By line or a bracket of any content", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (name, rest) => {
        dayClosingLine(`By: ${name} . ${rest}`);
        readDateline(`（${name}特约撰稿）${rest}`);
      }),
    );
  });
});
