-- 创建数据库
drop database if exists canbe_blog;
create database canbe_blog;
-- 设置数据库编码（推荐使用UTF-8）
alter database canbe_blog character set utf8mb4 collate utf8mb4_unicode_ci;
-- 使用数据库
use canbe_blog;

-- canbe_blog.sys_article definition

CREATE TABLE `sys_article` (
                               `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键id',
                               `user_id` int unsigned DEFAULT NULL COMMENT '用户id',
                               `category_id` int unsigned NOT NULL COMMENT '分类id',
                               `title` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '文章标题',
                               `cover` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '文章封面地址',
                               `summary` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '文章简介',
                               `content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci COMMENT '文章内容',
                               `content_md` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '文章内容md格式',
                               `read_type` tinyint unsigned DEFAULT '0' COMMENT '阅读方式 0无需验证 1：评论阅读 2：点赞阅读 3：扫码阅读',
                               `is_stick` tinyint unsigned DEFAULT '0' COMMENT '是否置顶 0否 1是',
                               `status` tinyint unsigned DEFAULT '0' COMMENT '状态 0：发布 1：草稿',
                               `is_original` tinyint unsigned DEFAULT '1' COMMENT '是否原创 0：转载 1:原创',
                               `is_carousel` tinyint unsigned DEFAULT '0' COMMENT '是否首页轮播',
                               `is_recommend` tinyint unsigned DEFAULT '0' COMMENT '是否推荐',
                               `original_url` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '转载地址',
                               `quantity` bigint unsigned DEFAULT '0' COMMENT '文章阅读量',
                               `keywords` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '关键词',
                               `ai_describe` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT 'Ai生成的简短描述',
                               `create_time` datetime NOT NULL COMMENT '创建时间',
                               `update_time` datetime DEFAULT NULL COMMENT '修改时间',
                               PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='博客文章表';


INSERT INTO canbe_blog.sys_article (user_id,category_id,title,cover,summary,content,content_md,read_type,is_stick,status,is_original,is_carousel,is_recommend,original_url,quantity,keywords,ai_describe,create_time,update_time) VALUES
                                                                                                                                                                                                                                      (3,1,'资本抢滩区块链：泡沫还是技术？','301ab853-5119-44b4-9fb2-37f6271932e5.jpg','随着越来越多的上市公司将区块链作为转型的方向，具有区块链概念的上市公司持续增加。',NULL,'随着越来越多的上市公司将区块链作为转型的方向，具有区块链概念的上市公司持续增加。根据同花顺(42.920, -0.95, -2.17%)概念板块统计，截至6月13日，具有区块链概念的上市公司已达80家。

除了上市公司之外，各路资本也蜂拥进入区块链行业。据工信部信息中心发布的《2018中国区块链产业白皮书》数据显示，截至2018年涉及区块链公司股权投资事件数量为249起。从2016年开始，区块链领域的投资热度出现明显上升，投资事件达到60起，是2015年的五倍。2017年是近几年的区块链投资高峰期，投资事件数量接近100起。2018年第一季度，区块链领域的投资事件数量已达到68起。

在虚拟币热潮不断的同时，区块链也站在了舆论的风口浪尖。

落地虽难，发币热情高涨

资本抢滩区块链的过程中，国资系、风投系与上市系的身影隐现。IT桔子数据显示互联网创投市场上当41%获投项目聚焦区块链。而具有区块链概念的上市公司已达80家。

记者注意到，其实目前面临的现实问题——关于区块链真实应用场景和监管已经引起了行业大多数人的思考，在这个过程中，如何促进区块链与现实产业的结合、实现公链之间的连接与行业监管，都在等待全行业乃至监管层交出答卷。

据全球审计巨头德勤的报告显示，2017年，仅前6个月，在GitHub上新创建的区块链项目就达近25000个，与2016年全年的新建区块链项目量几乎持平。但是，目前阶段连主网上线的项目都寥若晨星，遑论具体落地的区块链应用。

“打个比方，没有主网的币是租别人的店面开店，上主网就是自己建一栋楼开店。”一名“币圈”人士对记者这样解释道，“但是除了主网上线问题，关于区块链能否走进生活，最至关重要的还是应用要落地。”

纸贵科技区块链架构师王昊近期在接受《中国经营报》记者采访时表示，区块链现在最大的落地应用是数字货币，但是数字货币具有完全虚拟的特点，落地应用就需要与现实相结合。他直言：“如何将现实中的问题做信息化、数字化处理，使得他们在线上进行流转，是影响区块链应用落地的很大难点。”

除了将从线下映射到线上的上链难点，还有目前区块链技术效率低也是引发落地难问题的原因之一。

据了解，区块链面对大规模的应用是非常吃力的，作为一个分布式账本，把账本分发到所有节点 ，需要耗费大量的资源和时间。2016年8月2日Gartner研究副总裁兼院士级分析师Ray Valdes曾公开表示，比特币区块链是现在现实世界上唯一可用的一种作业系统级别，它的执行速度受限于每秒只能做7个交易，还有数10分钟的延迟确认。

TAC溯源链创始人王鹏飞对记者表示：“应用落地第一个说的是技术。像比特币、以太坊均没有很好的TPS（系统吞度量，即每秒系统处理的数量），这一问题是区块链首先要解决的。以太坊所拥有的智能合约（运行在计算机里面的，用于保证让参与方执行承诺的代码）是一个基本的保证。”

落地应用停滞不前，公有链的竞争也愈发激烈。

根据公开资料显示，在市值排名前二十的数字货币中，公有链币种占据了很大一部分，比如以太坊、EOS、NEO、量子链等等。投资者往往觉得，区块链基础设施项目发行的通证相对于其他更加安全。

6月6日下午，中国最大的比特币（BTC）、莱特币（LTC）、以太坊（ETH）、以太坊经典（ETC）交易平台火币网宣布火币公链项目启动，对于这一消息，业界判定为火币在向转化为公链的征途已经正式起航，未来火币也将走在逐步成为公有链币种的路上。

可是公链开发火热的同时，其中区块链真正能够落地的场景寥寥无几。据统计，目前以太坊上面的Dapps应用（分布式/去中心化应用）已经超过了1252个，换言之，目前市场上95%的应用链都是基于以太坊（ETH）平台所开发的，使用以太坊（ETH）的智能合约。

与悬而未决的落地难题形成鲜明对比的是，在区块链行业蓬勃发展的过程中，ICO募资如日中天，发币热潮如烈火烹油，“往往应用未落实，就开始发币众筹圈钱的项目越来越多了。”一位业内人士这样对记者说道。

不乏可落地场景，但监管待同步

一个值得注意的趋势是，越来越多的行业人士已经开始聚焦于区块链应用的探索，一些区块链技术也开始找到了落地场景。

Goopal Group发起人、神州数字（08255.HK）CEO孙茳涛在接受记者采访时表示，区块链应用落地有四个可实现场景，孙茳涛称它为“1+3”。“1”指的是金融科技领域区块链技术的应用。 “3”具体是以下几个方向：第一个方向是信息确权，或者叫身份认证，在网络上通过技术建立信任关系，而非靠权威背书。第二个方向是物联网，因为物联网的P2P结构和区块链去中心化的P2P结构在网络架构上有天然大部分的重合。第三个方向是与知识产权相关的。包括图片、声音、视频及文字这四种可以彻底数据化的信息。其实，第三个方向最近已经有落地应用， 5月28日晚间，百度百科悄然上链，利用区块链不可篡改特性保持百科历史版本准确存留。另外根据食品溯源需求，已有许多溯源链应运而生，如将于6月30日主网上线的溯源公链TAC。

虽然区块链应用场景随着人们的讨论越来越丰富，但是目前区块链行业乱象丛生，区块链各种噱头和博眼球的事情已经毫无底线，区块链和炒币往往跟一夜暴富联系在了一起。

关于区块链监管的呼声越来越高。

在今年的外滩峰会上，中国平安(64.630, 0.19, 0.29%)集团首席创新执行官屠德言就表示，国外比较前沿的公司，已经在逐步与当地监管单位沟通，希望提供一种实时技术，能够允许监管部门看到他们想看到的东西，尽管这一技术并未成熟，但双方已经在考虑相关逻辑的设计与贯穿。此外，中国的底层技术如何与国外几个核心的底层技术融合，也是监管层关注的问题。

中央财经大学金融法研究所所长黄震教授表示，区块链目前的风险来自于几个方面，第一是技术研发本身的实现有风险；第二是区块链的技术应用有经营风险；第三是政策风险；第四是舆情风险。

针对这些风险，黄震表示：“在当前防风险成为第一要务的时候，必须要警惕我们并不能完全判断这些风险来源，在防风险的时候，可能更多的要借助一些新技术。区块链也是一种新技术，所以技术创新+制度创新+理性反思等不断的迭代，才可能防范这个风险。”',0,0,0,1,0,0,NULL,0,NULL,NULL,'2026-01-29 18:36:28','2026-01-29 19:46:28');
