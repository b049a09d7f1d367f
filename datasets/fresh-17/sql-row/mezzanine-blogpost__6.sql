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
INSERT INTO `blog_blogpost` VALUES (6,0,'',0,0,0,'中信证券等多家券商宣布暂停融券卖出交易','中信证券等多家券商宣布暂停融券卖出交易','','　新浪财经讯 8月4日消息，沪深交易所昨日宣布融券操作由T+0改为T+1，今天已有包括中信证券在内的多家券商宣布4日起暂停融券交易。截至目前，宣布暂停融券的券商有中信证券、华泰证券)、长城证券、国信证券、齐鲁证券。',1,'2015-08-04 05:58:13.282879','2015-08-04 05:58:13.282879',2,'2015-08-04 05:58:13.279427',NULL,NULL,1,'<p>　新浪财经讯 8月4日消息，沪深交易所昨日宣布融券操作由T+0改为T+1，今天已有包括中信证券在内的多家券商宣布4日起暂停融券交易。截至目前，宣布暂停融券的券商有中信证券、华泰证券<span id=\"quote_sh601688\">)</span>、长城证券、国信证券、齐鲁证券。</p>\n<p>　　中信证券今天在其客户端软件发布公告称，为配合交易所融资融券交易规则的紧急修改，控制业务风险，自即日起公司暂停融券交易。</p>\n<p>沪深交易所发布公告修改融券交易规则，将原来的当日可还券修改为下一交易日还券，这意味着融券卖出+还券的交易闭环从此前的T+0变为T+1。</p>\n<p>　　深交所称，此举是主要为防止部分投资者利用融资融券业务，变相进行日内回转交易，加大股票价格异常波动，影响市场稳定运行。该项调整有利于进一步规范融券业务，不会影响融资融券业务的正常开展，有助于维护市场稳定以及融资融券业务的平稳健康发展。</p>',1,NULL,1,1);
/*!40000 ALTER TABLE `blog_blogpost` ENABLE KEYS */;
UNLOCK TABLES;
