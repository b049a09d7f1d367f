/*Table structure for table `my_news` */

DROP TABLE IF EXISTS `my_news`;

CREATE TABLE `my_news` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `content` varchar(255) DEFAULT NULL,
  `createdate` datetime DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=24 DEFAULT CHARSET=utf8;

/*Data for the table `my_news` */

insert  into `my_news`(`id`,`content`,`createdate`,`title`) values (13,'和讯银行消息 近日，广发银行南京分行及下属水西门支行曝出窝案，通过“打擦边球”“形式合规”等方式，4名员工为水西门支行行长周群前夫违规放贷，导致贷款本金总计7600余万元未收回。','2018-12-03 02:11:47','广发银行曝南京窝案：为行长前夫违规放贷7688万');
