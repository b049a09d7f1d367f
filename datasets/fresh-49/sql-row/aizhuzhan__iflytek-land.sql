/*
SQLyog Ultimate v11.11 (32 bit)
MySQL - 5.5.53 : Database - aizhuzhan
*********************************************************************
*/


/*!40101 SET NAMES utf8 */;

/*Table structure for table `azz_news` */

DROP TABLE IF EXISTS `azz_news`;

CREATE TABLE IF NOT EXISTS `azz_news` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(120) DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `keywords` varchar(255) DEFAULT NULL,
  `desc` varchar(255) DEFAULT NULL,
  `content` text,
  `pubtime` int(10) NOT NULL,
  `isRec` tinyint(1) NOT NULL,
  `isshow` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=6 ;

/*Data for the table `azz_news` */

LOCK TABLES `azz_news` WRITE;

INSERT INTO `azz_news` (`id`, `title`, `image`, `keywords`, `desc`, `content`, `pubtime`, `isRec`, `isshow`) VALUES
(5, '科大讯飞坚决表示未涉足房地产，但疑点太多，坑难填', '/upload/20181022/8dd729410897e93a7cac7455fdf216ab.jpg', '', '经济观察网 记者 冯庆艳 实习记者 赵喆 成立19年、上市10周年的科大讯飞，以AI第一股自居，却遭央视《东方时空》栏目报道其假借“产业研发和培训基地”之名，实则暗箱操作，搞起了地产生意。', '<p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);"><a href="http://finance.ikanchai.com/" target="_blank" style="box-sizing: border-box; background: 0px 0px; color: rgb(51, 51, 51); text-decoration-line: none; transition: all 0.4s cubic-bezier(0.175, 0.885, 0.32, 1) 0s; margin: 0px; padding: 0px; cursor: pointer;">经济</a>观察网 记者 冯庆艳 实习记者 赵喆 成立19年、上市10周年的科大讯飞，以AI第一股自居，却遭央视《东方时空》栏目报道其假借“产业研发和培训基地”之名，实则暗箱操作，搞起了地产生意。</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">受“地产门”影响，科大讯飞16日股价跌停，从开盘价下跌10.02%，每股20.30元。</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">10月12日，科大讯飞被央视点名，央视《东方时空》栏目报道了安徽省宣城市扬子鳄国家级自然保护区被违规侵占的现象，该事件涉及泾县经济开发区内的200多家企业和机构。在数百家企业中，为何偏偏只有科大讯飞被点名，被推到了风口浪尖？概之于科大讯飞观塘培训基地，假借“产业研发和培训基地”之名，实则暗箱操作，搞起了地产生意。</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">科大讯飞在语音技术核心研究和产业化方面的成绩，吸引了社会各界和国家层面的关注和肯定，被《麻省理工<a href="http://www.ikanchai.com/" target="_blank" style="box-sizing: border-box; background: 0px 0px; color: rgb(51, 51, 51); text-decoration-line: none; transition: all 0.4s cubic-bezier(0.175, 0.885, 0.32, 1) 0s; margin: 0px; padding: 0px; cursor: pointer;">科技</a>评论》称为“中国版的Siri”，跻身“2017年度全球50大最聪明公司”榜单第6位，是中国9家入榜公司的榜首，远远领先于腾讯（第8位）、阿里巴巴（第41位）、蚂蚁金服（第49位）和百度（第50位）等公司。然而开发出色人工智能翻译器的科大讯飞，却在飞的高时狠狠跌了一跤。</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">此次央视对科大讯飞的点名，主要围绕三大“问题”：</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">（1）违规侵占扬子鳄国家级自然保护区；</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">（2）经中央环保督察组督查后仍不收手，继续建设和运营；</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">（3）打着AI的旗号搞“地产生意”，骗取国家资源，“空手套白狼”。</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">如果说此前的同传丑闻事件，让科大讯飞在AI产业上丢了一次人，此次的侵占国家自然保护区和按搞地产生意，可以说性质更加严重。科大讯飞的“地产门”也不禁令人叹息，似乎不少中国企业做大了之后依然难以跳出旧时“圈地”的“怪圈”，难以持续做滚雪球式的资本积累。</p><p style="box-sizing: border-box; margin-top: 0px; margin-bottom: 0px; padding: 15px 0px; color: rgb(51, 51, 51); font-family: 微软雅黑; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">由于高新科技产业对环境造成的污染较低，且对当地经济有中重要的推动作用，各地政府对于该类产业十分欢迎，并给予大力支持，因此，这类产业相比其他产业也能获得更多的资源，但如果借此打起了自己的“小算盘”，损害公共利益，则必定会受到制裁。</p><p><br/></p>', 1540169709, 1, 1);

UNLOCK TABLES;
