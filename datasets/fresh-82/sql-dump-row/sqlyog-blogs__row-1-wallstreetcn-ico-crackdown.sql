/*
SQLyog Ultimate v8.32 
MySQL - 5.5.16-log : Database - xingguang
*********************************************************************
*/

/*!40101 SET NAMES utf8 */;

/*!40101 SET SQL_MODE=''*/;

/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
/*Table structure for table `jzy_xingguang_blogs` */

DROP TABLE IF EXISTS `jzy_xingguang_blogs`;

CREATE TABLE `jzy_xingguang_blogs` (
  `bid` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uid` int(10) unsigned NOT NULL,
  `cid` int(10) unsigned NOT NULL,
  `title` varchar(81) NOT NULL,
  `contents` text NOT NULL,
  `hits` int(10) unsigned NOT NULL DEFAULT '0',
  `createtime` int(10) unsigned NOT NULL,
  PRIMARY KEY (`bid`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=gbk;

/*Data for the table `jzy_xingguang_blogs` */

insert  into `jzy_xingguang_blogs`(`bid`,`uid`,`cid`,`title`,`contents`,`hits`,`createtime`) values (1,7,1,'一夜之间，中美俄监管层都在发力“围剿”ICO','<p>\r\n	一夜之间，中美俄监管层都在发力“围剿”ICO\r\n</p>\r\n<p>\r\n	摘要：在ICO的疯狂增长下，数字货币市场今年以来膨胀了800%，市值增加了逾1万亿人民币。这其中蕴含着巨大的风险，引发了中、美、俄三国政府的警觉。关于ICO的监管风暴即将到来。<br />\r\n*本文来自华尔街见闻（微信ID：wallstreetcn），作者唐晗。<br />\r\nICO远比人们想象得疯狂。\r\n</p>\r\n<p>\r\n	数字货币龙头比特币市值占整个市场市值40%以上。自今年年初以来，比特币价格上涨了360%，但整个数字货币市场的市值却增加了800%。整个市场的市值增加值高达1585亿美元（超过了1万亿人民币），超过了世界上多数国家的法币价值。\r\n</p>\r\n<p>\r\n	数字货币市场的迅速膨胀，主要是因为“代币”生态的扩张。一些通过ICO发行出来的新币在社区内爆炒，价格可以在短期内增长上百倍，极高的利润不断吸引玩家们入场，数字货币市场被滚雪球一样地不断放大。例如因一个玩笑而诞生的“狗狗币”，其市值就达到了2亿美元。\r\n</p>\r\n<p>\r\n	值得注意的是，ICO不同于比特币的发行逻辑。比特币从诞生之日起，是基于去中心化的算法，通过解密而获得，后期引入了交易等方式，但没有先发的、中心化的组织；而ICO的项目发起方，其发行代币的本身就是中心化、商业化的，容易形成天然巨庄。项目更是良莠不齐，非常不透明。\r\n</p>\r\n<p>\r\n	ICO的疯狂已经引起世界主要国家的关注。中、美、俄政府最近纷纷出手，一齐发力“围剿”ICO。\r\n</p>\r\n<p>\r\n	中国：非法集资还是传销诈骗？证监会、银监会双双对ICO出手\r\n</p>\r\n<p>\r\n	据第一财经，中国证监会近日正在向部分区块链企业就ICO征询意见。对于那些打着虚拟货币的名义进行传销诈骗的ICO项目，证监会表示尤为关注。\r\n</p>\r\n<p>\r\n	第一财经援引世泽律师事务所合作人孙铭律师指出，某些区块链(分布式账本)项目纯粹为了圈钱目的，而投公众所好地刻意在项目中营造出“非必要性代币”来发起众筹，而实际上这些“代币”在该项目的系统内只有少许非实质性的功能用途，而非不可或缺。\r\n</p>\r\n<p>\r\n	考虑到ICO代币这些类证券的特点，监管者在未来制订出一些关于ICO产品众筹的特殊限制并非不可能，其中最有可能的是限制代币在各大交易所流通交易(尽管数字加密代币的无国界性导致任何特定国家的监管很难实现效果)。<br />\r\n8月24日，银监会起草了《处置非法集资条例（征求意见稿）》，列举了一系列处置非法集资职能部门应当启动行政调查的情形。值得注意的是，这些情形中，包括以虚拟货币等名义违规筹集资金的行为。\r\n</p>\r\n<p>\r\n	银监会指出，目前非法集资以直接吸收公众存款、投资理财等为主，而以虚拟货币、消费返利、私募股权投资等名义的非法集资层出不穷、花样翻新，迷惑性强，辨别难度大。\r\n</p>\r\n<p>\r\n	据财新报道，中国有关监管部门近日将对ICO采取行动，在监管、法规体系准备好将ICO纳入之前，甚至不排除直接取缔的可能。\r\n</p>\r\n<p>\r\n	美国：SEC对ICO具有监管权，直接叫停了4家场外ICO\r\n</p>\r\n<p>\r\n	8月28日，美国证监会发布关于谨防ICO骗局的警告。据美国证监会官网：\r\n</p>\r\n<p>\r\n	美国证监会投资者教育办公室向投资者预警，部分声称与ICO有关，或者声称正在进行ICO发行的公司，可能存在诈骗。欺诈者们通常会利用新兴技术的诱惑，来使潜在投资者将钱投到骗局中。这些声称拥有ICO技术的公司，可能存在“拉高出货”和“市场操纵”的两种欺诈可能。<br />\r\n早在2017年7月，美国证监会(SEC）就剑指具有证券属性的ICO，表示他们对其具有监管权。随后，美国证监会（SEC）叫停了四家场外交易的公司的ICO发行。\r\n</p>\r\n<p>\r\n	俄国：计划禁止私人购买ICO发行的数字货币\r\n</p>\r\n<p>\r\n	俄罗斯政府对ICO的监管态度正变得越来越严厉，并计划禁止私人购买ICO发行的数字货币。\r\n</p>\r\n<p>\r\n	俄罗斯财务部副部长Alexey Moiseev近日表示：“很难说清楚数字货币究竟是不是庞氏骗局。我们不会将它们视为真正的货币，并像监管国外货币那样对其进行监管。”\r\n</p>\r\n<p>\r\n	他还说：“政府应该让合格的投资者购买数字货币，例如金融机构。对于普通投资者来说，购买数字货币太过危险，很有可能满盘皆输。”\r\n</p>\r\n<p>\r\n	在俄罗斯的新计划下，莫斯科证券交易所很可能成为机构投资者交易比特币及其他数字货币的唯一平台。不过，俄罗斯央行正在开发的数字货币BitRuble将比已有的数字货币享有更多的市场自由。\r\n</p>',67,1504022262);
