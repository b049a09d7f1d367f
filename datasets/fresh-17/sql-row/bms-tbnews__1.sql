-- ----------------------------
-- Table structure for tb_news
-- ----------------------------
DROP TABLE IF EXISTS `tb_news`;
CREATE TABLE `tb_news` (
  `news_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '新闻主键id',
  `news_title` varchar(200) NOT NULL DEFAULT '' COMMENT '标题',
  `news_category_id` bigint(20) NOT NULL DEFAULT '0' COMMENT '新闻类型',
  `news_cover_image` varchar(200) NOT NULL DEFAULT '' COMMENT '新闻封面图片',
  `news_content` text NOT NULL COMMENT '内容',
  `news_status` tinyint(4) NOT NULL DEFAULT '0' COMMENT '发布状态 0-发布 1-草稿',
  `news_views` bigint(20) NOT NULL DEFAULT '0' COMMENT '浏览量',
  `is_deleted` tinyint(4) NOT NULL DEFAULT '0' COMMENT '是否已删除 0-未删除 1-已删除',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  PRIMARY KEY (`news_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of tb_news
-- ----------------------------
INSERT INTO `tb_news` VALUES ('1', '基层访问', '1', 'http://localhost:28083/files/1.jpg', '<p class=\"text\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;text-indent:2em;\">\n	新华社北京2月1日电 中华民族传统节日农历春节来临之际，中共中央总书记、国家主席、中央军委主席习近平在北京看望慰问基层干部群众，考察北京冬奥会、冬残奥会筹办工作，向全国各族人民致以美好的新春祝福，祝各族人民幸福安康，祝伟大祖国繁荣吉祥。\n</p>\n<p class=\"text\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;text-indent:2em;\">\n	中共中央政治局常委、国务院副总理韩正陪同考察北京冬奥会和冬残奥会筹办工作。\n</p>\n<p class=\"text\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;text-indent:2em;\">\n	冬日的北京，阳光万里，碧空如洗。2月1日，习近平在中共中央政治局委员、北京市委书记蔡奇和市长陈吉宁陪同下，深入机关、社区、冬训中心考察调研，给基层干部群众送去党中央的关心和慰问。\n</p>\n<p align=\"center\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;\">\n	<img src=\"https://inews.gtimg.com/newsapp_bt/0/7551828141/641\" />\n</p>\n<p align=\"center\" class=\"text image_desc\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;\">\n	2月1日，中共中央总书记、国家主席、中央军委主席习近平在北京看望慰问基层干部群众，考察北京冬奥会、冬残奥会筹办工作。这是1日上午，习近平在北京市公安局，同公安英模和干警代表一一握手，向全国广大公安干警致以新春祝福。 新华社记者 谢环驰 摄\n</p>\n<p class=\"text\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;text-indent:2em;\">\n	上午，习近平首先来到北京市公安局，走进合成作战指挥中心和指挥大厅，通过大屏幕了解勤务指挥调度、巡逻警务、视频警务、区域警务合作和京津冀警务协同发展等工作情况。指挥大厅内，习近平通过视频连线一线执勤民警，向他们表示诚挚慰问，叮嘱他们注意安全、保重身体，并向全国广大公安干警拜年。在北京市公安局一层大厅，习近平同公安英模和干警代表一一握手。习近平强调，党中央十分关心过节期间全国特别是首都地区的社会稳定，为的是确保人民群众平平安安过好年。今年是新中国成立70周年，确保首都社会稳定，北京市使命光荣、责任重大、任务艰巨。要统筹推进各方面工作，坚决完成好任务，让党中央放心、让全国人民放心。\n</p>\n<p align=\"center\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;\">\n	<img src=\"https://inews.gtimg.com/newsapp_bt/0/7551828142/641\" />\n</p>\n<p align=\"center\" class=\"text image_desc\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;\">\n	2月1日，中共中央总书记、国家主席、中央军委主席习近平在北京看望慰问基层干部群众，考察北京冬奥会、冬残奥会筹办工作。这是1日上午，习近平在前门东区草厂四条胡同32号院，高兴地拿起一幅“福”字，亲自贴到门上，给这里的老街坊们拜年。 新华社记者 鞠鹏 摄\n</p>\n<p class=\"text\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;text-indent:2em;\">\n	临近春节，北京城内年味渐浓，大街小巷张灯结彩，家家户户喜迎春节。习近平来到前门东区，沿草厂四条胡同步行察看街巷风貌，听取区域规划建设、老城保护、疏解腾退、人居环境改善等情况介绍。前门东区是北京老城重要历史片区，是北京这座千年古都深厚文化底蕴的重要体现。习近平对北京开展旧城保护整治的思路和做法表示肯定。他强调，一个城市的历史遗迹、文化古迹、人文底蕴，是城市生命的一部分。文化底蕴毁掉了，城市建得再新再好，也是缺乏生命力的。要把老城区改造提升同保护历史遗迹、保存历史文脉统一起来，既要改善人居环境，又要保护历史文化底蕴，让历史文化和现代生活融为一体。老北京的一个显著特色就是胡同，要注意保留胡同特色，让城市留住记忆，让人们记住乡愁。\n</p>\n<p align=\"center\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;\">\n	<img src=\"https://inews.gtimg.com/newsapp_bt/0/7551828143/641\" />\n</p>\n<p align=\"center\" class=\"text image_desc\" style=\"font-family:&quot;font-size:16px;background-color:#FFFFFF;\">\n	2月1日，中共中央总书记、国家主席、中央军委主席习近平在北京看望慰问基层干部群众，考察北京冬奥会、冬残奥会筹办工作。这是1日上午，习近平来到前门东区草厂四条胡同看望慰问群众。 新华社记者 谢环驰 摄\n</p>', '1', '0', '1', '2019-02-03 02:14:56', '2019-02-02 22:16:48');
