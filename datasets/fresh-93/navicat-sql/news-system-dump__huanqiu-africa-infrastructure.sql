/*
Navicat MySQL Data Transfer

Source Server         : 恒
Source Server Version : 50527
Source Host           : localhost:3306
Source Database       : news_system

Target Server Type    : MYSQL
Target Server Version : 50527
File Encoding         : 65001

Date: 2018-12-17 10:25:24
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for news
-- ----------------------------
DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `news_id` int(11) NOT NULL AUTO_INCREMENT,
  `news_title` varchar(255) DEFAULT NULL,
  `news_content` text,
  `news_datetime` date DEFAULT NULL,
  `news_firstshow` int(11) DEFAULT NULL,
  `cat_id` int(11) DEFAULT NULL,
  `dc_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`news_id`),
  KEY `news_cat_id` (`cat_id`),
  KEY `news_dc_id` (`dc_id`),
  CONSTRAINT `news_cat_id` FOREIGN KEY (`cat_id`) REFERENCES `cat` (`cat_id`),
  CONSTRAINT `news_dc_id` FOREIGN KEY (`dc_id`) REFERENCES `dc` (`dc_id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of news
-- ----------------------------
INSERT INTO `news` VALUES ('1', '美报告发现中国基建“点亮”非洲 外交部回应', '[环球时报-环球网报道记者 郭芳]近日，美国国家公共广播电台在一篇报道中援引了美国威廉与玛丽学院\"援助数据\"项目最新的研究报告。该报告对2000年至2014年之间中国在全球138个国家4000多个发展项目进行跟踪研究后发现，中国融资的基建项目比西方参与的项目更有效地减少了区域发展不平衡现象。中国在发展中国家特别是非洲的基础设施建设项目有力促进了当地经济增长。在回答《环球时报》记者有关此事的提问时，耿爽说：\"我们一般不对媒体、智库、专家学者的报告和言论作具体和直接的评论。作为原则，我们当然欢迎并支持媒体和研究机构对中非合作以及中国同发展中国家的合作作出客观公允的报道和评价。\"\r\n\r\n他告诉《环球时报》记者，越来越多的数据和事例证明，中方同非洲等广大发展中国家开展的互利合作为当地经济社会发展提供了巨大助力，作出了重要贡献。中非合作成果得到了非洲国家政府的一致肯定和非洲人民的普遍好评。\r\n\r\n耿爽表示，中方将同非洲国家一道，共同推进落实习近平主席在中非合作论坛北京峰会上宣布的中非合作八大行动。中方也愿同其他国际合作伙伴一道，共同为促进非洲的和平发展事业作出新的努力。', '2018-12-05', '1', '1', '1');
