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
INSERT INTO `tb_note` VALUES ('28', '9', '报告“云监工”，武汉火神山医院已完工！', 'IT之家2月2日消息 据国内媒体报道，有记者从中建三局获悉，就在刚刚，武汉火神山医院完工。\n总建筑面积3.39万平方米，参照2003年非典期间北京小汤山医院所建的武汉火神山医院历时8天时间于今日建成，这座医院可容纳1000张床位，将于3日正式收治新型冠状病毒感染的肺炎患者。在春节假期延长期间，广大网友也化身“闲疯帝”通过网络监工武汉火神山医院建筑项目落成。\n武汉市火神山医院建造全过程：\n1月24日，除夕，上百台挖机抵达现场，开始土地平整。\n1月25日，大年初一，火神山医院正式开工。\n1月26日，大年初二，防渗层施工全面展开，地下管网沟槽开挖，集装箱板房材料陆续进场。\n1月27日，大年初三，场地整平、碎石黄沙回填全部完成，首批箱式集装箱板房吊装搭建。\n1月28日，大年初四，1栋双层病房区钢结构初显眉目。\n1月29日，大年初五，300多个箱式板房骨架安装完成，开始同步进行机电管线作业。\n1月30日，大年初六，HDPE膜铺设全面完成，同步进行污水处理间设备吊装。\n1月31日，大年初七，9成集装箱的拼装均已完成，活动板房骨架安装3000平方米。\n2月1日，大年初八，全面展开医疗配套设备安装。\n2月2日，大年初九，火神山医院工程完工。', '2020-02-02 05:46:03', '2020-02-02 05:46:26');
