--
-- Table structure for table `blog_artical`
--

DROP TABLE IF EXISTS `blog_artical`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `blog_artical` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `date` date NOT NULL,
  `text` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `blog_artical_e8701ad4` (`user_id`),
  CONSTRAINT `blog_artical_user_id_fb73d246_fk_blog_user_id` FOREIGN KEY (`user_id`) REFERENCES `blog_user` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `blog_artical`
--

LOCK TABLES `blog_artical` WRITE;
/*!40000 ALTER TABLE `blog_artical` DISABLE KEYS */;
INSERT INTO `blog_artical` VALUES (2,'教育部','2017-05-11','清晨，东方微曦，西安市东北20公里的新筑站已一片忙碌。此时，距离当地公务员上班的时间还有两小时。 不久之前，有媒体将西安与“中国第三城”联系在一起，其理由是作为中国文化代表之地，西安能抛却其他指标成为中国展示在世界的“第三城”。 文化毋庸置疑成为西安争夺“第三城”陕西省商务厅一名官员对此解读称，“长安号”货运班列贡献明显。而界面新闻记者也注意到，西安市2017年政府工作报告中，在“对外开放有了新突破”一节中，特别提及了“长安号”实现常态化运营的贡献。 除此之外不可忽略的是，“长安号”的开通为西安经济、贸易模式提供了更多的可能性。而在此之前，西安“不沿海、不沿边、不沿江”的内陆进出口贸易的劣势一直挥之不去。 陕西省商务厅为界面新闻记者提供了一个例子：不久之前，西安一家公司在蒙古国投资了一家烟厂，但全世界最好的烟丝产自津巴布韦，问题是津巴布韦货币不稳定，且管制较严。这名负责人就与陕西省商务厅对接，考虑在“长安号”的起点西安国际港务区内的保税区加工烟丝，然后通过“长安号”运往蒙古。',2);
/*!40000 ALTER TABLE `blog_artical` ENABLE KEYS */;
UNLOCK TABLES;
