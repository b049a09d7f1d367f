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
INSERT INTO `newslist` VALUES ('43', '11', 'W3C中国媒体发言人贾雪远..', '新浪财经讯“第十二届中国国际金融论坛”于2015年10月22-23日在上海召开。W3C中国媒体发言人贾雪远出席并演讲。', '1459005338');
INSERT INTO `newslist` VALUES ('44', '11', '天价鱼后又现天价马\"骑马1元\"按秒算 仅仅几分钟就被收了上百元(2)', '苏北网  2016年03月15日 09:00\n两个事件中的当事人都在第一时间报了警,有相应的出警记录和第一时间警察的...投稿删稿联系邮箱', '1459770514');
