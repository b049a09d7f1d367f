/*
Navicat MySQL Data Transfer

Source Server         : 本地
Source Server Version : 50553
Source Host           : localhost:3306
Source Database       : luhui

Target Server Type    : MYSQL
Target Server Version : 50553
File Encoding         : 65001

Date: 2018-09-06 15:20:16
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for base_news
-- ----------------------------
DROP TABLE IF EXISTS `base_news`;
CREATE TABLE `base_news` (
  `ns_id` int(11) NOT NULL AUTO_INCREMENT,
  `ns_title` varchar(250) DEFAULT NULL,
  `ns_intime` int(11) DEFAULT NULL,
  `ns_img` varchar(255) DEFAULT NULL,
  `ns_descript` text,
  `ns_content` text,
  PRIMARY KEY (`ns_id`)
) ENGINE=MyISAM AUTO_INCREMENT=62 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of base_news
-- ----------------------------
INSERT INTO `base_news` VALUES ('12', '新闻标题新闻标题', '1535616044', '5b8cf444aaa29.jpg', '公司拥有一座现代化生产工厂，占地面积1000平方米，共有数十台数控多角度侧赞自动机床、单轴五刀自动车床等设备公司拥有一座现代化生产工厂，占地面积1000平方米，共有数十台数控多角度侧赞自动机床、单轴五刀自动车床等设备公司拥有一座现代化生产工厂，占地面积1000平方米，共有数十台数控多角度侧赞自动机床、单轴五刀自动车床等设备公司拥有一座现代化生产工厂，占地面积1000平方米，共有数十台数控多角度侧赞自动机床、单轴五刀自动车床等设备', '<p><span style=\"color: rgb(43, 43, 43); font-family: simsun, arial, helvetica, clean, sans-serif; font-size: 14px; text-align: justify; text-indent: 28px; background-color: rgb(255, 255, 255);\">e公司讯，国家企业信用信息公示系统显示，2018年8月29日，支付宝（中国）信息技术有限公司法人发生变更，由马云变更为叶郁青。另据天眼查显示，叶郁青目前身兼支付宝董事长和总经理，杭州阿里科技有限公司董事等职务。</span></p>');
