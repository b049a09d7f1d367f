// Next.js API route support: https://nextjs.org/docs/api-routes/introduction

export default (req, res) => {
  res.statusCode = 200;
  res.json({
    code: 200,
    data: [
      {
        single_mode: false,
        abstract:
          '习近平总书记22日赴福建考察调研。当天下午，他考察的地方之一，是星村镇燕子窠生态茶园。听说近年来在科技特派员团队指导下，茶园突出生态种植，提高了茶叶品质，带动了茶农增收，习近平总书记十分高兴。',
        middle_mode: true,
        more_mode: false,
        tag: 'news_politics',
        comments_count: 940,
        tag_url: 'search/?keyword=%E6%97%B6%E6%94%BF',
        title: '潮头观澜丨这项制度，总书记要求继续坚持',
        chinese_tag: '时政',
        source: '人民日报',
        group_source: 2,
        image_url: '//p3.pstatp.com/list/pgc-image/SSRpbfj8GdfnZm',
        media_url:
          '/c/user/token/MS4wLjABAAAAa4jZTw8oFVgiBHDJk10547ATPToNthylT4jZwY2ik1w/',
        media_avatar_url:
          '//p1-tt-ipv6.byteimg.com/large/pgc-image/6f2bd8964ebe4ce18fda9bcd0e6c2f40',
        source_url: '/group/6942683968567247373/',
        article_genre: 'article',
        is_stick: true,
        item_id: '6942683968567247373',
        is_feed_ad: false,
        behot_time: 1616507357,
        has_gallery: false,
        group_id: '6942683968567247373',
        middle_image: 'http://p3.pstatp.com/list/pgc-image/SSRpbfj8GdfnZm',
      },
      {
        single_mode: false,
        abstract:
          '当地时间3月21日，装载着中国政府援助新冠疫苗的尼日尔空军运输机平稳降落在尼首都尼亚美迪奥里·哈马尼国际机场。尼日尔总统伊素福、总理拉菲尼、代理公共卫生部长博托等多名政府部长、外交机构和国际组织驻尼代表共同赴机场迎接。中国驻尼日尔大使张立军携使馆工作人员也前往接机。',
        middle_mode: true,
        more_mode: false,
        tag: 'news_world',
        comments_count: 53,
        tag_url: 'news_world',
        title: '中国援助尼日尔新冠疫苗运抵尼亚美 尼总统到场迎接',
        chinese_tag: '国际',
        source: '央视新闻',
        group_source: 2,
        has_gallery: false,
        media_url:
          '/c/user/token/MS4wLjABAAAAZ-7_bvIhGk-tKa7Z4B3GUSA0d-6Rc3qMsEsMEPPUQig/',
        media_avatar_url:
          '//p6-tt-ipv6.byteimg.com/origin/pgc-image/6567094cd4c249a487b66a43cfcd414d',
        source_url: '/group/6942226598665912869/',
        article_genre: 'article',
        item_id: '6942226598665912869',
        is_feed_ad: false,
        behot_time: 1616507354,
        image_url:
          '//p3.pstatp.com/list/pgc-image/86CF60C1E239E6C8951E21029AF28ECA',
        group_id: '6942226598665912869',
        middle_image:
          'http://p3.pstatp.com/list/pgc-image/86CF60C1E239E6C8951E21029AF28ECA',
      },
      {
        single_mode: false,
        abstract:
          '“我们做了一部完全不同的电影，这是对中国的致敬。”——英国纪录片导演柯文思近年来屡屡将镜头定格于中国，他的新作是一部正在后期制作的有关武汉抗疫的纪录片。“不管其他人对中国的看法怎么样，单就这次疫情的表现来说，中国应对得迅速有效，战胜了病毒。”柯文思说。柯文思生于英国，现居加拿大。',
        middle_mode: true,
        more_mode: false,
        tag: 'news_entertainment',
        comments_count: 2001,
        tag_url: 'news_entertainment',
        title: '两获奥斯卡奖导演柯文思：抗疫中的中国国家力量无比强大',
        chinese_tag: '娱乐',
        source: '新华社',
        group_source: 2,
        has_gallery: false,
        media_url:
          '/c/user/token/MS4wLjABAAAAiAce5qhH31TeuB3UdpFMV8u-uwy2LnoiqI10uZHqAt8/',
        media_avatar_url:
          '//p1-tt-ipv6.byteimg.com/origin/pgc-image/21507a12df2c4e7eb2d859c6f32dd497',
        source_url: '/group/6942087179409555981/',
        article_genre: 'article',
        item_id: '6942087179409555981',
        is_feed_ad: false,
        behot_time: 1616507351,
        image_url: '//p1.pstatp.com/list/pgc-image/SSIPyhVHsXf2Zh',
        group_id: '6942087179409555981',
        middle_image: 'http://p1.pstatp.com/list/pgc-image/SSIPyhVHsXf2Zh',
      },
      {
        single_mode: true,
        abstract:
          '新华每日电讯记者尹平平在北京大学肿瘤医院附近居民区的一条小巷里，有一家名叫舒庭的理发店。乍一看与普通理发店并无分别，只有收款台货架上的一排排头模，暗示着它的与众不同——这是一家主营假发的理发店。除了附近居民，来这家理发店做头发的顾客，很多都是肿瘤医院的患者。',
        middle_mode: true,
        more_mode: true,
        tag: 'news_society',
        comments_count: 8,
        tag_url: 'news_society',
        title: '肿瘤医院旁的理发店：有些人来不及戴上假发，就不在了',
        chinese_tag: '社会',
        source: '新华每日电讯',
        group_source: 2,
        has_gallery: false,
        media_url:
          '/c/user/token/MS4wLjABAAAA2PwQJVlwxlcL-tMlAONZdh3o7WyTmDxj4iuvjzQNLwU/',
        media_avatar_url:
          '//p26-tt.byteimg.com/img/user-avatar/974d8a4e4d1a55a54c824f174b812151~120x256.image',
        image_list: [
          {
            url:
              '//p3.pstatp.com/list/pgc-image/1df8a7a9aa2e4151822c20ad775472ee',
          },
          {
            url:
              '//p3.pstatp.com/list/pgc-image/64259411bdc94606a692b8b75d8820a6',
          },
          {
            url:
              '//p9.pstatp.com/list/pgc-image/61a8326019574080a1f025b5c1ad388d',
          },
        ],
        source_url: '/group/6942733021384753668/',
        article_genre: 'article',
        item_id: '6942733021384753668',
        is_feed_ad: false,
        behot_time: 1616507348,
        image_url:
          '//p3.pstatp.com/list/190x124/pgc-image/1df8a7a9aa2e4151822c20ad775472ee',
        group_id: '6942733021384753668',
        middle_image:
          'http://p3.pstatp.com/list/pgc-image/1df8a7a9aa2e4151822c20ad775472ee',
      },
      {
        chinese_tag: '时政',
        media_avatar_url:
          '//p3-tt-ipv6.byteimg.com/origin/pgc-image/734c776a61d74a0ba70d13c76b820e0b',
        is_feed_ad: false,
        tag_url: 'search/?keyword=%E6%97%B6%E6%94%BF',
        title: '中国共产党成立100周年庆祝活动安排发布',
        single_mode: false,
        middle_mode: true,
        abstract:
          '今天（23日）上午，中共中央举行新闻发布会，中央宣传部分管日常工作的副部长王晓晖，中央组织部、中央党史和文献研究院、文化和旅游部、中央军委政治工作部负责人介绍中国共产党成立100周年庆祝活动有关情况。',
        tag: 'news_politics',
        behot_time: 1616507345,
        source_url: '/group/6942748534655418911/',
        source: '中国青年网',
        more_mode: false,
        article_genre: 'article',
        image_url: '//p9.pstatp.com/list/pgc-image/SSSqgOH4Jocpsy',
        group_source: 2,
        item_id: '6942748534655418911',
        has_gallery: false,
        group_id: '6942748534655418911',
        middle_image: 'http://p9.pstatp.com/list/pgc-image/SSSqgOH4Jocpsy',
        media_url:
          '/c/user/token/MS4wLjABAAAAxvhRvfp8QotIo15bD0cWxFiKWMXaUldeG_Ep2unxBqM/',
      },
    ],
  });
};