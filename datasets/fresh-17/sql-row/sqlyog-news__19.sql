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

insert  into `my_news`(`id`,`content`,`createdate`,`title`) values (19,'【手机中国新闻】在小米之家的众多产品中，小米移动电源可谓是最受宠的产品之一。不过小米移动电源的升级速度并不快，不支持USB-C、PD快充的小米移动电源2系列已经推出多时，亟待更新。1月4日，小米天猫旗舰店发布预告，称小米移动电源3高配版将于1月11日开卖，售价199元。小米移动电源3高配版容量高达20000mAh，采用锂聚合物电芯，支持PD协议的45W充电头可以在4.5小时内把它充满电！小米移动电源3拥有两个USB-A、一个USB-C（Type-C）接口，三个接口均可实现输出，USB-C既能输出也能输入。','2019-01-03 08:36:33','小米移动电源3高配版官宣 2万mAh/45W快充/199元！');
