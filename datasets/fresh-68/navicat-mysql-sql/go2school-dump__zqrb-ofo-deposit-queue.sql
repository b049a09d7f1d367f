/*
Navicat MySQL Data Transfer

Source Server         : localhost_3306
Source Server Version : 50701
Source Host           : localhost:3306
Source Database       : go2school

Target Server Type    : MYSQL
Target Server Version : 50701
File Encoding         : 65001

Date: 2018-12-22 21:59:50
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for `article`
-- ----------------------------
DROP TABLE IF EXISTS `article`;
CREATE TABLE `article` (
  `article_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `article_title` varchar(50) NOT NULL,
  `article_content` varchar(2000) NOT NULL,
  `article_time` datetime NOT NULL,
  `article_img` varchar(100) NOT NULL,
  `writer_id` int(10) unsigned NOT NULL,
  `article_type` int(11) NOT NULL,
  PRIMARY KEY (`article_id`),
  KEY `article_writer` (`writer_id`),
  CONSTRAINT `articlewrite` FOREIGN KEY (`writer_id`) REFERENCES `writer` (`writer_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

-- ----------------------------
-- Records of article
-- ----------------------------
INSERT INTO `article` VALUES ('3', 'ofo总部被“围” 退押金长龙从楼内排到楼外！', '小明告诉《证券日报》记者，其每日中午都会前往互联网金融中心附近食堂用餐，但12月17日中午却发现互联网金融中心楼下聚集着很多排队的人。“现场来了两辆警车，还拉了警戒线，最开始还以为是非法集资投资者在排队领钱，后来问了一下才知道是ofo用户来排队退押金。”小明对记者表示。\r\n\r\n据《证券日报》记者了解，ofo北京总部位于互联网金融中心5楼，12月17日当日，互联网金融中心中拉了一条条警戒线，并专门隔离了3架电梯供ofo用户使用。但即便如此，《证券日报》记者注意到，前往ofo北京总部寻求退还押金的用户仍然从楼内排到了楼外。\r\n\r\n对于ofo用户前往北京总部退押金一事，ofo方面谈到：“并无现场退押金情况，和线上退押并无区别。”但有互联网金融中心现场用户直言：“软件上能退谁还来这呀？”\r\n\r\n不过，即便到了ofo北京总部，想要退押金仍然没那么容易。据现场的ofo用户透露：“今天没退钱，只是去前台登记，登记之后三天之后押金会退到账上。”\r\n\r\n12月17日晚间，ofo方面发布公告称，提交线上申请退押金的用户，后台系统会根据申请提交的顺序进行相关信息审核与收集，核实完毕后用户将进入退押金序列，ofo将按顺序退款；如果用户到现场进行登记，ofo方面会将搜集到的相关信息按时间先后顺序并入线上退押金序列中；如有线下登记的用户此前已经发起退款申请，则按此前的队列信息为准。\r\n\r\nofo方面表示，of', '2018-12-06 15:47:37', 'http://5b0988e595225.cdn.sohucs.com/images/20180524/ba57f10d665f48bcaf8a313eaacdd7c3.jpeg', '2', '1');
