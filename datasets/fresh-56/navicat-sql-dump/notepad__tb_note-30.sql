/*
Navicat MySQL Data Transfer

Source Server         : localhost
Source Server Version : 80018
Source Host           : localhost:3306
Source Database       : notepad

Target Server Type    : MYSQL
Target Server Version : 80018
File Encoding         : 65001

Date: 2020-02-02 15:06:38
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for tb_note
-- ----------------------------
DROP TABLE IF EXISTS `tb_note`;
CREATE TABLE `tb_note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `title` varchar(255) CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
  `content` text CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL COMMENT '笔记内容',
  `creat_time` datetime NOT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id_ke` (`user_id`),
  CONSTRAINT `user_id_ke` FOREIGN KEY (`user_id`) REFERENCES `tb_user` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=32 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of tb_note
-- ----------------------------
INSERT INTO `tb_note` VALUES ('30', '9', '多渠道抗疫物资直达武汉协和：捐赠来得很多，但消耗得也快', '作为抗疫一线的重点医院，武汉协和医院的物资情况引发各方关注。\n2月1日上午，菜鸟“绿色通道”与快递公司连夜出击，将9省（区、市）40个单位的30多万件医疗物资，直接运抵武汉协和。\n多个渠道的救援物资直达武汉协和医院背后，是这家医院近日发出的防护用品告急信息。\n“不是告急！是没有了！”1月30日，一则显示武汉协和医院（全称：华中科技大学同济医学院附属协和医院）物资即将全部用尽的求助帖在互联网上流传：该院急需防护服3000件、医用N95口罩5000个、医用外科口罩8000个、一次性隔离衣3000件、防护面罩1000个。', '2020-02-02 05:48:05', '2020-02-02 05:48:05');
