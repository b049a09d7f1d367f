--
-- Table structure for table `blog_blogpost`
--

DROP TABLE IF EXISTS `blog_blogpost`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `blog_blogpost` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comments_count` int(11) NOT NULL,
  `keywords_string` varchar(500) NOT NULL,
  `rating_count` int(11) NOT NULL,
  `rating_sum` int(11) NOT NULL,
  `rating_average` double NOT NULL,
  `title` varchar(500) NOT NULL,
  `slug` varchar(2000) DEFAULT NULL,
  `_meta_title` varchar(500) DEFAULT NULL,
  `description` longtext NOT NULL,
  `gen_description` tinyint(1) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `publish_date` datetime(6) DEFAULT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  `short_url` varchar(200) DEFAULT NULL,
  `in_sitemap` tinyint(1) NOT NULL,
  `content` longtext NOT NULL,
  `allow_comments` tinyint(1) NOT NULL,
  `featured_image` varchar(255) DEFAULT NULL,
  `site_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `blog_blogpost_site_id_3cd2a8869a3bc877_fk_django_site_id` (`site_id`),
  KEY `blog_blogpost_user_id_3d08a741310d8f6f_fk_auth_user_id` (`user_id`),
  KEY `blog_blogpost_publish_date_1015da2554a8e97f_uniq` (`publish_date`),
  CONSTRAINT `blog_blogpost_site_id_3cd2a8869a3bc877_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `blog_blogpost_user_id_3d08a741310d8f6f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `blog_blogpost`
--

LOCK TABLES `blog_blogpost` WRITE;
/*!40000 ALTER TABLE `blog_blogpost` DISABLE KEYS */;
INSERT INTO `blog_blogpost` VALUES (5,0,'',0,0,0,'油价调价窗口今打开 汽油价格或下调0.15元/升','油价调价窗口今打开-汽油价格或下调015元升','','国内油价调价窗口今日打开 汽油价格或下调0.15元/升',1,'2015-08-04 05:57:39.411495','2015-08-04 05:57:39.411495',2,'2015-08-04 05:57:39.383071',NULL,NULL,1,'<p>国内油价调价窗口今日打开 汽油价格或下调0.15元/升</p>\n<p>　　中新网8月4日电(能源频道 宋亚芬)根据现行成品油定价机制，国内油价新一轮调价窗口将于今日24时打开。中新网能源频道从多家机构获悉，本轮油价下调趋势已基本板上钉钉，调价幅度最高或达190元/吨。如调价落地，多地汽油将回归“5”时代。</p>\n<p>　　另外，如果本次调价落地，将为国内油价今年以来第八次价格下调，并与前几次调价衔接形成“四连跌”。</p>\n<p>　　自7月21日国内油价下调以来，过剩的担忧一直笼罩国际原油市场。在产油国稳步增产、全球股市暴跌、欧美原油期货进入熊市通道以及美元汇率不断打压下，国际油价本周期内整体呈现震荡下滑走势。据路透社报道，美国原油期货7月跌幅21%，为2008年金融危机以来最大。而布伦特原油期货本周大跌5%，已连跌五周。</p>\n<p>隆众石化提供给中新网能源频道的数据显示，截止7月31日收盘，WTI跌1.40美元至每桶47.12美元，布伦特跌1.10美元至每桶52.21美元。</p>\n<p>　　按照现行成品油定价机制，本轮油价调整窗口打开时间为今日24时。多家机构均预测本次调价为下调。隆众石化预计此次调价下调幅度为165元/吨，金银岛预计下调幅度为170-180元/吨，卓创资讯则预计最终跌幅将在190元/吨附近。</p>\n<p>　　据悉，如果跌幅为190元/吨的话，93号汽油将下调0.15元/升，0号柴油将下调0.16元/升。如果本轮调价落实，将是国内成品油最高零售限价今年内第七次下调，也是2015年内的首个“四连跌”。</p>\n<p>　　卓创资讯分析师王能表示：“若跌幅在190元/吨或者更高，届时国内除实行国五汽油标准的地区以及西南五省及海南、西安等地外，多数地区93号汽油价格将重新回到五元时代。”</p>\n<p> </p>',1,NULL,1,1);
/*!40000 ALTER TABLE `blog_blogpost` ENABLE KEYS */;
UNLOCK TABLES;
