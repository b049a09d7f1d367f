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
INSERT INTO `blog_blogpost` VALUES (9,0,'',0,0,0,'奥巴马公布美国最严厉减排计划拼“政治遗产” 将遭遇多重抵制','奥巴马公布美国最严厉减排计划拼政治遗产-将遭遇多重抵制','','减排力度空前',1,'2015-08-04 06:00:23.060968','2015-08-04 06:00:23.060968',2,'2015-08-04 06:00:23.058359',NULL,NULL,1,'<p><strong>减排力度空前</strong></p>\n<p>奥巴马政府去年6月公布《清洁能源计划》提案，首次对发电企业碳排放作出限制，要求发电企业到2030年将碳排放量在2005年的基础上减少30%。而最终版《清洁能源计划》把这一减排目标提高为32%。</p>\n<p>白宫官员说，这项新方案实施后，将使美国再生能源发电量增至总发电量的28%。</p>\n<p>《清洁能源计划》规定各州电厂必须减少的碳排放目标，但允许各州自订计划，各州必须在2016年提出计划的初版，2018年提出最终版。</p>\n<p>虽强调各州自行订定计划，但新法规明显鼓励各州利用州与州之间的“总量管制与交易”(cap-and-trade)制度，也就是创造碳交易市场。</p>\n<p>奥巴马在在第一任内就力推“总量管制与交易”法案，但未成功。不过他的《清洁能源计划》若能实行，许多州达成减排目标最简单和便宜的方法，就是进行碳交易。</p>\n<p>奥巴马在2日发布的一段视频讲话中说，火电厂是美国二氧化碳排放的最大来源，而联邦政府迄今没有采取任何限制措施。</p>\n<p>按照奥巴马的说法，应对气候变化，不该把难题留给下一代人。“为了我们的孩子，为了全体美国人的健康和安全，是得做出改变了。”</p>\n<p>他还称，美国“须在拯救地球方面领导世界”，因此应于今年12月的巴黎联合国气候大会前有所行动。</p>\n<p>发电企业的二氧化碳排放量占美国总体排放量的大约40％，而二氧化碳是导致气候变化的最常见温室气体。</p>\n<p>美国能源部数据显示，2014年，燃煤发电占美国发电量的约39％。环境保护署署长吉娜·麦卡锡说，如果《清洁能源计划》获得执行，燃煤发电所占比例将在2030年下降为27％，新能源所占份额将会提高。</p>\n<p>麦卡锡说，各州建设核电站将会获得资金支持。现阶段核能发电占美国发电量的20％左右。奥巴马政府估计，为实现减排目标，每年需要投入84亿美元。</p>\n<p>联合国秘书长潘基文对奥巴马的减排计划予以盛赞，并将于4日赴华盛顿与奥巴马进行会晤。潘基文表示，奥巴马的领导示范效应，对于促使其它主要国家也参与其中，确保今年12月在巴黎气候大会上达成广泛、持久和有意义的协议至关重</p>',1,NULL,1,1);
/*!40000 ALTER TABLE `blog_blogpost` ENABLE KEYS */;
UNLOCK TABLES;
