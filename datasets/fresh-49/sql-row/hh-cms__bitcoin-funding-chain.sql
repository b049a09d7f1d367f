--
-- Table structure for table `hh_new_article`
--

DROP TABLE IF EXISTS `hh_new_article`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `hh_new_article` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) DEFAULT NULL,
  `content` text,
  `create_time` varchar(45) DEFAULT NULL,
  `type` varchar(45) DEFAULT NULL,
  `click_times` int(11) DEFAULT NULL,
  `hh_category_id` int(11) DEFAULT NULL,
  `is_show` tinyint(4) DEFAULT '1',
  `paper` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=utf8;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `hh_new_article`
--

LOCK TABLES `hh_new_article` WRITE;
/*!40000 ALTER TABLE `hh_new_article` DISABLE KEYS */;
INSERT INTO `hh_new_article` VALUES (24,'比特币交易资金链调查','<p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">本报记者&nbsp;何晓晴&nbsp;广州报道</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　导读</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　作为一个虚拟商品，比特币交易过程中亦引入了杠杆配资交易，最高杠杆可达5倍。与此同时，市场一直存在对比特币交易洗钱的质疑。</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　比特币异常波动已引起监管层高度关注。继上周五央行北京、上海总部分别约三家比特币交易平台负责人之后，有消息称，监管部门将讨论设立第三方比特币托管平台，确保比特币交易的安全。</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　21世纪经济报道记者了解到，上周五被约谈的三家比特币平台包括“火币网”、“币行”以及“比特币中国”。</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　不过，1月10日，火币网一位内部人士回应21世纪经济报道记者称，“平台暂时没有接到相关第三方托管的通知。”</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　雷盈企业副总裁张华对21世纪经济报道记者表示，“数字资产交易行业尚处于新兴阶段，比特币交易资金还没有形成规范的三方托管体系。我个人预计在未来两到三年内，或许会有实质性的监管措施出台。”</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　值得一提的是，作为一个虚拟商品，比特币交易过程中亦引入了杠杆配资交易。此外，在比特币交易火爆背后，借比特币交易洗钱的质疑声亦未中断过。那么，比特币交易资金链背后的真相到底如何？21世纪经济报道记者就此展开了调查。</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　<strong>配资交易普遍</strong></p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　“目前，比特币杠杆交易比较普及。交易中有投资者会采取杠杆交易方式，包括做多、做空，行业内普遍杠杆倍数约在3倍左右。具体会根据交易活跃度等进行动态调整。”张华告诉21世纪经济报道记者。“1月5日，比特币价格大幅波动，全天震幅高达32.55%。当天，一些杠杆操作的投资者就出现爆仓，这主要是因为全天价格波动急促、剧烈所致。”</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　“从交易特征来说，可以对一些以洗钱为目的的购币行为进行辨别，这类投资者的交易特征在于平常很少交易，而且，单次交易量也非常大。”&nbsp;张华则称。</p><p style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\">　　不过，张华同时表示，“无法避免的是，在数字资产野蛮生长期，一些交易平台为了吸引流量对此把关不严。但一些合规平台则会严格遵守国家反洗钱的相关规定，对异常交易进行严密监控。”（编辑：巫燕玲）</p><p class=\"art_keywords\" style=\"margin-top: 0px; margin-bottom: 20px; padding: 0px; text-size-adjust: 100%; line-height: 32px; font-size: 18px;\"><span class=\"art_keywords_tt\" style=\"margin-right: 10px; font-size: 15px; color: rgb(46, 142, 217);\">标签:</span>&nbsp;<a href=\"http://tags.tech.sina.com.cn/%E6%AF%94%E7%89%B9%E5%B8%81\" target=\"_blank\" style=\"text-decoration: none; outline: none; -webkit-tap-highlight-color: rgba(0, 0, 0, 0); margin-right: 10px; font-size: 15px; color: rgb(51, 51, 51);\">比特币</a><a href=\"http://tags.tech.sina.com.cn/%E5%B9%B3%E5%8F%B0\" target=\"_blank\" style=\"text-decoration: none; outline: none; -webkit-tap-highlight-color: rgba(0, 0, 0, 0); margin-right: 10px; font-size: 15px; color: rgb(51, 51, 51);\">平台</a><a href=\"http://tags.tech.sina.com.cn/%E9%85%8D%E8%B5%84\" target=\"_blank\" style=\"text-decoration: none; outline: none; -webkit-tap-highlight-color: rgba(0, 0, 0, 0); margin-right: 10px; font-size: 15px; color: rgb(51, 51, 51);\">配资</a></p><p><br/></p>','2017-01-11 19:12:32.062','news',NULL,26,1,'作为一个虚拟商品，比特币交易过程中亦引入了杠杆配资交易，最高杠杆可达5倍。与此同时，市场一直存在对比特币交易洗钱的质疑。');
/*!40000 ALTER TABLE `hh_new_article` ENABLE KEYS */;
UNLOCK TABLES;
