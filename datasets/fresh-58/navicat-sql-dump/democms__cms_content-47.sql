/*
Navicat MySQL Data Transfer

Source Server         : localhost
Source Server Version : 50141
Source Host           : localhost:3306
Source Database       : democms

Target Server Type    : MYSQL
Target Server Version : 50141
File Encoding         : 65001

Date: 2015-10-26 14:09:32
*/
use democms;
SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for `cms_content`
-- ----------------------------
DROP TABLE IF EXISTS `cms_content`;
CREATE TABLE `cms_content` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT COMMENT '//编号',
  `title` varchar(50) NOT NULL COMMENT '//标题',
  `nav` mediumint(8) unsigned NOT NULL COMMENT '//栏目号',
  `attr` varchar(20) NOT NULL COMMENT '//属性',
  `tag` varchar(30) NOT NULL COMMENT '//标签',
  `keyword` varchar(30) NOT NULL COMMENT '//关键字',
  `thumbnail` varchar(100) NOT NULL COMMENT '//缩略图',
  `source` varchar(20) NOT NULL COMMENT '//文章来源',
  `author` varchar(10) NOT NULL COMMENT '//作者',
  `info` varchar(200) NOT NULL COMMENT '//简介',
  `content` text NOT NULL COMMENT '//详细内容',
  `commend` tinyint(1) NOT NULL DEFAULT '1' COMMENT '//是否允许评论',
  `count` smallint(6) NOT NULL DEFAULT '0' COMMENT '//浏览次数',
  `sort` tinyint(1) NOT NULL DEFAULT '0' COMMENT '//排序',
  `color` varchar(20) NOT NULL COMMENT '//颜色',
  `date` datetime NOT NULL COMMENT '//发布时间',
  PRIMARY KEY (`id`),
  KEY `nav` (`nav`)
) ENGINE=MyISAM AUTO_INCREMENT=54 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of cms_content
-- ----------------------------
INSERT INTO `cms_content` VALUES ('47', 'SEC对分众传媒巨额罚款 分众传媒为何选择和解官司？', '36', '无', '', '', '', '', 'admin', '虽然分众传媒及其董事长在和解中不承认有不当行为，但在分众传媒冲刺A股上市的关键时间再次曝光的“内幕交易案”让分众传媒颇为难堪，但分众传媒又不得不和解，他们需要抢在中国A股恢复融资之前将危害降低到最轻。\r\n', '<p class=\"text\">\r\n	中概股近日处于平静期，今日上涨公司数量多于下跌的公司的数量，不过SEC（美国证券交易委员会）上周公布对分众传媒调查的裁决，分众传媒及公司CEO江南春支付5560万美元和解官司，中国股市的IPO不知何时重启，对于一直想通过借壳返回A股的分众传媒来说，新出现的和解支出尚看不出会给公司带来何种影响，而对于还在美国股市交易的中概股来说再度敲响一记警钟。为何SEC还能追究已经在美国股市私有化退市两年之久的公司？</p>\r\n<p class=\"text\">\r\n	SEC（美国证券交易委员会）上周披露，分众传媒同意支付3,460万美元罚金，同时分众传媒董事长江南春将支付2,100万美元作为罚金和不当获利所得。分众传媒和解的官司牵涉到2010年的一桩收购案，因为当时分众传媒还是美国上市公司，有权而任性的SEC是有管辖权的</p>\r\n', '1', '0', '0', '', '2015-10-21 02:50:18');
