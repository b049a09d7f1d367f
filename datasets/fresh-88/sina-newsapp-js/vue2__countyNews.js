export default{
        "status": 0,
        "msg": "success",
        "service": "grpc-service",
        "uni": "6302e42ba235d69580e885158a1c8823",
        "localUni": "",
        "resTime": 1683660320741,
        "data": {
        "meta": {
        "url": "https://sinanews.sina.cn/today/24hours.d.html?pageType=kangYiNewsFlash",
        "title": "抗疫速递",
        "docId": "",
        "dataid": "wpcomos:245630",
        "routeUri": "sinanews://sina.cn/hybrid/hybrid.pg?newsId=HB-1-epidemic_news/index",
        "theme": "normal",
        "shareInfo": {
        "title": "实时更新｜抗疫快讯滚动播报",
        "customTitle": "",
        "link": "https://sinanews.sina.cn/today/24hours.d.html?pageType=kangYiNewsFlash",
        "pic": "http://n.sinaimg.cn/default/102/w450h452/20220422/1524-d4e2bddc512eb414885bb56a54f0698f.png",
        "intro": "最新抗疫新闻速览，重要疫情信息早知道"
        },
        "pageMaxNum": 1838
        },
        "components": [
        {
        "type": "timeline_head",
        "meta": {
        "title": "抗疫速递",
        "pic": "http://n.sinaimg.cn/default/76/w1125h551/20220509/a8ee-2e92765ae962065781160a0a8667c938.png",
        "wap_pic": "http://n.sinaimg.cn/default/76/w1125h551/20220509/a682-9543812334d1fefe20f5cb861d6adf9c.png",
        "rightIconType": "",
        "commentCount": 0,
        "pageMaxNum": 1838,
        "rightIconText": "",
        "rightIcon": ""
        }
        },
        {
        "type": "timeline_list",
        "meta": {
        "title": "",
        "conf": "",
        "tpl": "",
        "url": "",
        "docId": "",
        "dataid": "wpcomos:245630",
        "pageSize": 15,
        "pageMaxNum": 1838,
        "totalNum": 27569,
        "wapurl": "",
        "routeUri": "",
        "foldPos": "",
        "tagBgColor": "",
        "hasTag": false
        },
        "data": [
        {
        "title": "昨天 10:04",
        "item": {
        "@type": "type.googleapis.com/datamodel.item.ItemImgTxtMod",
        "base": {
        "base": {
        "dataid": "comos:mytcwqw1586182",
        "etag": "cfcd208495d565ef66e7dff9f98764da",
        "expId": "16836603207218newsapp645a9e20c0480575852344",
        "modId": 1,
        "uniqueId": "97cb95917fe30c43746814af096c1147",
        "url": "https://k.sina.cn/article_1411163204_541ca444001019xwu.html?from=health"
        },
        "decoration": [
        {
        "@type": "type.googleapis.com/datamodel.item.ItemBase.ChuttyDecoration",
        "style": 1
        }
        ],
        "newsId": "1411163204-541ca444001019xwu-cms-mp",
        "pkey": "NLP_KUAIXUN_BIGPIC",
        "preload": true,
        "recommendInfo": {
        "dislike": [
        {
        "id": "clickbait__标题党",
        "parentId": "bad_news__内容有问题",
        "text": "标题党"
        },
        {
        "id": "lowq__内容质量差",
        "parentId": "bad_news__内容有问题",
        "text": "内容质量差"
        },
        {
        "id": "vulgar__内容低俗",
        "parentId": "bad_news__内容有问题",
        "text": "内容低俗"
        },
        {
        "id": "m:1411163204__来源:健康时报",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "来源:健康时报"
        },
        {
        "id": "sc:2p__疾病",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "疾病"
        },
        {
        "id": "l:1dXLs__新冠肺炎",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "新冠肺炎"
        }
        ],
        "reason": 666,
        "reasonText": "非天乙"
        },
        "routeUri": "sinanews://sina.cn/article/detail.pg?newsId=1411163204-541ca444001019xwu-cms-mp&dataid=comos:mytcwqw1586182"
        },
        "info": {
        "covers": [
        {
        "kColor": [
        204,
        210,
        203
        ],
        "mainZone": [
        0,
        0,
        1024,
        647
        ],
        "originalUrl": "https://n.sinaimg.cn/sinakd20110/71/w1024h647/20230509/2870-189be8636ed9bc57fa8570aa7f27259d.jpg",
        "picType": "jpg",
        "size": [
        1024,
        647
        ],
        "url": "https://n.sinaimg.cn/sinakd20110/71/w1024h647/20230509/2870-189be8636ed9bc57fa8570aa7f27259d.jpg"
        }
        ],
        "interactionInfo": {
        "comment": {
        "commentCount": "1",
        "commentId": "1411163204-541ca444001019xwu_0_mp__1411163204-541ca444001019xwu-cms-mp"
        },
        "likeInfo": {
        "count": "433",
        "id": "comos:mytcwqw1586182",
        "status": true,
        "step": 5
        },
        "shareInfo": {
        "customTitle": "多地网友患了咽喉炎，嗓子疼就是“二阳”吗？专家权威解答！",
        "imgUrl": "https://n.sinaimg.cn/sinakd20110/71/w1024h647/20230509/2870-189be8636ed9bc57fa8570aa7f27259d.jpg",
        "intro": "新浪新闻，24小时播报国内外热点资讯，拉近你与世界的距离",
        "link": "https://k.sina.cn/article_1411163204_541ca444001019xwu.html?from=health",
        "title": "多地网友患了咽喉炎，嗓子疼就是“二阳”吗？专家权威解答！"
        }
        },
        "layoutStyle": 2,
        "mediaInfo": {
        "avatar": "https://n.sinaimg.cn/sinakd10200/360/w180h180/20221208/80d3-f97680b5276ad3f8e3b8e570d9db4b8f.jpg",
        "description": "微健康，随时随地不随意！人民日报社主管主办的健康类周报，权威、实用！",
        "ipHome": "北京",
        "mid": "comos_1704697",
        "name": "健康时报",
        "routeUri": "sinanews://sina.cn/media/detail.pg?mediaId=comos_1704697&mediaType=news&userId=wbuid:1411163204",
        "showTags": [
        {
        "text": "健康时报社官方账号"
        }
        ],
        "userId": "wbuid:1411163204",
        "verifiedType": 1,
        "weiboUid": "1411163204"
        },
        "showTime": "1683597869000",
        "showTimeText": "昨天 10:04",
        "title": "多地网友患了咽喉炎，嗓子疼就是“二阳”吗？专家权威解答！"
        }
        }
        },
        {
        "title": "5月8日 18:56",
        "item": {
        "@type": "type.googleapis.com/datamodel.item.ItemImgTxtMod",
        "base": {
        "base": {
        "dataid": "comos:mytakpr5096708",
        "etag": "cfcd208495d565ef66e7dff9f98764da",
        "expId": "16836603207220newsapp645a9e20eda89417394397",
        "modId": 1,
        "uniqueId": "f10447204b6aa35b3effc2fb6a800022",
        "url": "https://news.sina.cn/2023-05-08/detail-imytakpr5096708.d.html"
        },
        "decoration": [
        {
        "@type": "type.googleapis.com/datamodel.item.ItemBase.ChuttyDecoration",
        "style": 1
        }
        ],
        "newsId": "mytakpr5096708-comos-news-cms",
        "pkey": "NLP_KUAIXUN_BIGPIC",
        "preload": true,
        "recommendInfo": {
        "dislike": [
        {
        "id": "clickbait__标题党",
        "parentId": "bad_news__内容有问题",
        "text": "标题党"
        },
        {
        "id": "lowq__内容质量差",
        "parentId": "bad_news__内容有问题",
        "text": "内容质量差"
        },
        {
        "id": "vulgar__内容低俗",
        "parentId": "bad_news__内容有问题",
        "text": "内容低俗"
        },
        {
        "id": "m:1702925432__来源:第一财经",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "来源:第一财经"
        },
        {
        "id": "l:1dXLs__新冠肺炎",
        "parentId": "shield_news_type_source__屏蔽新闻类型/来源",
        "text": "新冠肺炎"
        }
        ],
        "reason": 666,
        "reasonText": "非天乙"
        },
        "routeUri": "sinanews://sina.cn/article/detail.pg?newsId=mytakpr5096708-comos-news-cms&dataid=comos:mytakpr5096708"
        },
        "info": {
        "interactionInfo": {
        "comment": {
        "commentId": "comos-mytakpr5096708_0_sh__mytakpr5096708-comos-news-cms"
        },
        "likeInfo": {
        "count": "988",
        "id": "comos:mytakpr5096708",
        "status": true,
        "step": 5
        },
        "shareInfo": {
        "customTitle": "出现感冒症状要不要测新冠抗原？如今如何追踪病毒？专家回应",
        "intro": "新浪新闻，24小时播报国内外热点资讯，拉近你与世界的距离",
        "link": "https://news.sina.cn/2023-05-08/detail-imytakpr5096708.d.html",
        "title": "出现感冒症状要不要测新冠抗原？如今如何追踪病毒？专家回应"
        }
        },
        "layoutStyle": 1,
        "mediaInfo": {
        "avatar": "https://n.sinaimg.cn/sinakd10200/360/w180h180/20221208/a701-5a2c37315a02baed79a60c8e543d67a3.jpg",
        "description": "第一财经",
        "mid": "comos_1581376",
        "name": "第一财经",
        "routeUri": "sinanews://sina.cn/media/detail.pg?mediaId=comos_1581376&mediaType=news&userId=wbuid:1702925432",
        "showTags": [
        {
        "text": "第一财经官方账号"
        }
        ],
        "userId": "wbuid:1702925432",
        "verifiedType": 1,
        "weiboUid": "1702925432"
        },
        "showTime": "1683543380000",
        "showTimeText": "5月8日 18:56",
        "title": "出现感冒症状要不要测新冠抗原？如今如何追踪病毒？专家回应"
        }
        }
        }
        ]
        }
        ]
        }
        }
