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
INSERT INTO `tb_note` VALUES ('27', '9', '2月3日起，湖北全省暂停办理婚姻登记！黄冈严控居民出行：每户每2天只能1人外出采购', '来源：21世纪经济报道\n走进经济生活里的一切\n导读：从2月1日起，在黄冈市区范围内实行居民出行管控措施。每户家庭每两天可指派1名家庭成员上街采购生活物资，其他人员除生病就医、疫情防控工作需要、在商超和药店上班外，不得外出。\n另外，湖北省民政厅表示：2月3日起，全省暂停办理婚姻登记。\n来 源丨央视新闻、人民日报、丁香医生、中国新闻网、南方周末等\n黄冈严控市区居民出行！\n每家每2天可指派1人上街采购\n今天（2月1日），记者从黄冈市新型冠状病毒感染的肺炎疫情防控工作指挥部了解到，为切实做好新型冠状病毒感染的肺炎疫情防控工作，黄冈市下发紧急通知，通知全文如下：\n关于加强黄冈市区人员出行管控工作的紧急通知\n为切实做好新型冠状病毒感染的肺炎疫情防控工作，最大限度减少人员流动，最大力度控制疫情传播，最大程度保证人民群众生命健康，经黄冈市新型冠状病毒感染的肺炎疫情防控工作指挥部研究，决定从2月1日起，在黄冈市区范围内实行居民出行管控措施。现就有关要求通知如下：\n一、严格控制市区居民出行。每户家庭每两天可指派1名家庭成员上街采购生活物资，其他人员除生病就医、疫情防控工作需要、在商超和药店上班外，不得外出。\n二、市区所有党员干部、人大代表、政协委员要发挥带头作用，管好自己、家人、亲属，带动街坊邻居，协助工作人员劝导小区居民按要求少出门、少上街、不串门、不聚集。\n三、对拒不听从居民小区工作人员管理劝阻、聚众闹事的，公安机关要加大打击力度。凡发现党员干部、公职人员不服从管理，不听从劝阻，参与聚众闹事的，提请纪检监察机关严肃问责，同时追究其所在单位主要负责人责任。\n四、驻居民小区联系包保的党员干部要切实履行包保责任，按时上岗履责，主动支持配合居民小区工作人员做好人员外出管控工作。履职不到位的，严肃问责。\n五、市区人员出行管控措施解除时间另行通知。\n各县（市、区）比照执行。\n2020年2月1日', '2020-02-02 05:43:30', '2020-02-02 05:45:14');
