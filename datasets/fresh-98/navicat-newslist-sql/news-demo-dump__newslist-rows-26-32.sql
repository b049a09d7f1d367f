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
INSERT INTO `newslist` VALUES ('26', '12', '北京严查房产中介“十宗罪”：禁止哄抬房价', '本市开展房地产经纪机构专项执法检查，重点检查擅自发布房源信息、违规群租、哄抬房价、阴阳合同、经...', '1458991316');
INSERT INTO `newslist` VALUES ('27', '12', '这家“傲娇”超市：年挣15亿，未来还要收门票！', '电商的发展让很多人对实体店的未来充满疑虑，实体书店、服装店、超市……已经没落了吗。', '1458991373');
INSERT INTO `newslist` VALUES ('28', '12', '联想手机战略为何落后？看看ZUK金秀贤手机就知道了', '联想手机战略为何落后？看看ZUK金秀贤手机就知道了 来自星星的都教授来中国帮着联想卖手机来了。', '1458991409');
INSERT INTO `newslist` VALUES ('29', '12', '互联网电视密集发布，老牌巨头自信来自何处？', '从近日密集的新品发布会能够感觉到，电视行业大有“狼烟起”的势头。', '1458991459');
INSERT INTO `newslist` VALUES ('30', '12', '人工智能写的微型小说参评“日本星新一文学奖”', '星新一是日本现代科幻小说作家，被誉为“日本微型小说鼻祖，其中《名侦探柯南》中的“工藤新一”之名...', '1458991503');
INSERT INTO `newslist` VALUES ('31', '12', 'YOTO Video:动作捕捉公司Sixense STEM“VR攻城”', '上周在2016GDC还展示了一款跨平台多人在线游戏SiegeVR。', '1458991537');
INSERT INTO `newslist` VALUES ('32', '12', '巴菲特如何做到安心长期持股', '我们必须在买入前做好充足的投资分析，来确定这是一只值得我们长期持有的好股票。', '1458991559');
