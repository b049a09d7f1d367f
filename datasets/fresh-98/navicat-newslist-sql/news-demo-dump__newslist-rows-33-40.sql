/*
Navicat MySQL Data Transfer

Source Server         : 本地环境
Source Server Version : 50612
Source Host           : localhost:3306
Source Database       : news

Target Server Type    : MYSQL
Target Server Version : 50612
File Encoding         : 65001

Date: 2016-04-04 23:48:17
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for newslist
-- ----------------------------
DROP TABLE IF EXISTS `newslist`;
CREATE TABLE `newslist` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT COMMENT '新闻ID',
  `cat_id` int(11) unsigned NOT NULL COMMENT '分类id',
  `title` varchar(100) NOT NULL COMMENT '新闻标题',
  `introduction` text NOT NULL COMMENT '新闻简介',
  `created` int(16) unsigned NOT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=58 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of newslist
-- ----------------------------
INSERT INTO `newslist` VALUES ('33', '13', '二孩政策正式落地 算算北京养个娃要花多少钱', '二孩政策正式落地 算算北京养个娃要花多少钱.....', '1458991698');
INSERT INTO `newslist` VALUES ('34', '13', '八大主力牵头涉及九千商户 京大红门南下永清建服装城', '服装城不只面向大红门八大主力市场承接疏解商户，而是面向整个北京地区的服装批发市场，以大红门和动...', '1458991718');
INSERT INTO `newslist` VALUES ('35', '14', '逃犯逛KTV 醉了 打架吃亏报警 抓了', '男子韩某醉酒后，认为KTV顾客挑衅便跟对方打架，吃亏后主动报警求助。', '1458991753');
INSERT INTO `newslist` VALUES ('36', '14', '酒店里私自养猴，究竟想干啥？', '两只活猴为什么会在饭店内，民警立即赶到现场进行了调查。', '1458991775');
INSERT INTO `newslist` VALUES ('37', '11', '天津大学成立刑事法律研究中心', '当天的研究会分为“留守儿童、流动儿童面临的社会问题”与“未成年人司法问题”两个主题，与会专家', '1458991796');
INSERT INTO `newslist` VALUES ('38', '13', '联想手机战略为何落后？看看ZUK金秀贤手机就知道了', '联想手机战略为何落后？看看ZUK金秀贤手机就知道了........', '1458992044');
INSERT INTO `newslist` VALUES ('39', '16', '人工智能写的微型小说参评“日本星新一文学奖”', '星新一是日本现代科幻小说作家，被誉为“日本微型小说鼻祖，其中《名侦探柯南》中的“工藤新一”之名...', '1458992862');
INSERT INTO `newslist` VALUES ('40', '13', 'Helio X25加持，联发科能否赢得高端市场？', '联发科一直希望与美国高通在高端智能手机芯片市场一较长短，为此推出了新的“曦力”品牌，并于去年....', '1458993164');
