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

insert  into `my_news`(`id`,`content`,`createdate`,`title`) values (21,'近年来，电商高速发展，但是也不可避免地带来了诸多问题，虚假宣传、假货泛滥、产品质量、售后服务等问题层出不穷，法律跟不上时代发展的步伐，总有商家在法律灰色地带的危险边缘徘徊。消费者投诉无门的案例数不胜数，最终只能含着泪默默啃下苦果，因此对电商领域立法是大势所趋，人心所向。','2019-01-04 08:44:53','电商法落地细则解读 哪些属于电商法的打击范畴');
