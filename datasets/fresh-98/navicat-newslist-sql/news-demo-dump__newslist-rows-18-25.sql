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
INSERT INTO `newslist` VALUES ('18', '11', '二孩政策正式落地 算算北京养个娃要花多少钱', '一般的孩子考上大学后，四年学费2万元左右；杂费、生活费一个月1000元左右，加上来回家和旅游的...', '1458990834');
INSERT INTO `newslist` VALUES ('19', '11', '一线楼市“调控风”来袭：北京广州或有调整', '一年半时间内，二套房首付比例从7成到4成再到5成，一线城市经历了从加杠杆到降杠杆的过程。', '1458990865');
INSERT INTO `newslist` VALUES ('20', '11', '八大主力牵头涉及九千商户 京大红门南下永清建服装城', '服装城不只面向大红门八大主力市场承接疏解商户，而是面向整个北京地区的服装批发市场，以大红门和动...', '4294967295');
INSERT INTO `newslist` VALUES ('21', '11', '北京五环内住宅库存锐减 房价持续走高', '从市场比例看，北京五环外成交占比已经超过90%', '1458990919');
INSERT INTO `newslist` VALUES ('22', '11', '北京市10万余家单位降低工伤保险费率', '市社保中心表示，重新核定费率需用人单位持社保登记证、营业执照复印件，到所属辖区社保经代办机构办...', '1458991138');
INSERT INTO `newslist` VALUES ('23', '11', '博士股东卷5000万公款潜逃 持3个身份8个手机号', '湖南某置业公司到岳麓公安分局报案称：公司股东吕某私自侵占公司5000多万元公款后下落不明。', '1458991200');
INSERT INTO `newslist` VALUES ('24', '11', '北京5个区首通过国家创新区核查', '国务院教育督导委员会办公室建立中小学校责任督学挂牌督导制度以来，目前全国99%的中小学校实现挂...', '1458991224');
INSERT INTO `newslist` VALUES ('25', '11', '北京去年拆除722座非法墓穴 整治殡葬行业秩序', '执法人员去年纠正殡葬违法行为88起，没收封建迷信用品285公斤，有效整治了殡葬行业秩序。', '1458991290');
