/*
Navicat MySQL Data Transfer

Source Server         : mysql
Source Server Version : 50617
Source Host           : 127.0.0.1:3306
Source Database       : democms

Target Server Type    : MYSQL
Target Server Version : 50617
File Encoding         : 65001

Date: 2017-09-05 14:19:03
*/

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
  `date` char(10) NOT NULL COMMENT '//发布时间',
  PRIMARY KEY (`id`),
  KEY `nav` (`nav`)
) ENGINE=MyISAM AUTO_INCREMENT=68 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of cms_content
-- ----------------------------
INSERT INTO `cms_content` VALUES ('49', '92号汽油每升涨0.04元 对私家车主的影响较小 ', '35', '无', '', 'abc', '', '', 'admin', '本报讯(记者 蔺丽爽)昨日，国家发改委发布通知称，决定将汽、柴油价格每吨均提高50元，测算到零售价格90号汽油和0号柴油(全国平均)每升均提高0.04元。北京青年报记者从中石化北京分公司了解到，北京92号汽油上涨0.04元/升。', '<p>\r\n	本报讯(记者 蔺丽爽)昨日，国家发改委发布通知称，决定将汽、柴油价格每吨均提高50元，测算到零售价格90号汽油和0号柴油(全国平均)每升均提高0.04元。北京青年报记者从中石化北京分公司了解到，北京92号汽油上涨0.04元/升。</p>\r\n<table align=\"left\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" style=\"PADDING-RIGHT: 10px\">\r\n	<tbody>\r\n		<tr>\r\n			<td>\r\n				<div id=\"adhzh\" name=\"hzh\">\r\n					<span style=\"BORDER-BOTTOM: 0px; POSITION: relative; TEXT-ALIGN: left; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; BACKGROUND: none transparent scroll repeat 0% 0%; HEIGHT: 250px; OVERFLOW: visible; BORDER-TOP: 0px; BORDER-RIGHT: 0px\"><span style=\"BORDER-BOTTOM: 0px; POSITION: absolute; TEXT-ALIGN: left; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; BACKGROUND: none transparent scroll repeat 0% 0%; HEIGHT: 250px; OVERFLOW: hidden; BORDER-TOP: 0px; BORDER-RIGHT: 0px\"><span style=\"BORDER-BOTTOM: 0px; POSITION: absolute; TEXT-ALIGN: left; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; BACKGROUND: none transparent scroll repeat 0% 0%; HEIGHT: 250px; OVERFLOW: hidden; BORDER-TOP: 0px; BORDER-RIGHT: 0px\"><img alt=\"\" src=\"http://i8.chinanews.com/gg/yichuanmei/transparent.gif\" style=\"BORDER-BOTTOM: 0px; POSITION: absolute; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; HEIGHT: 250px; BORDER-TOP: 0px; TOP: 0px; CURSOR: pointer; BORDER-RIGHT: 0px; LEFT: 0px\" /> </span></span></span></div>\r\n			</td>\r\n		</tr>\r\n	</tbody>\r\n</table>\r\n<p>\r\n	　　北青报记者从中石化北京分公司获悉，昨日24时起调整汽、柴油价格，汽、柴油最高零售价格均上调50元/吨，其中92号汽油零售价5.96元/升，调增0.04元/升；95号汽油零售价6.34元/升，调增0.04元/升；京标0号柴油零售价5.58元/升，调增0.04元/升。</p>\r\n<p>\r\n	　　由于此轮上涨幅度较小，对私家车主的影响较小。以一辆百公里油耗10升、月跑2000公里的小型私家车为例，此轮92号汽油每升上涨0.04元，截至下一调价周期(约半个月)，该私家车主的燃油费用增加4元。</p>\r\n<p>\r\n	　　后市来看，国际市场利空因素再占上风，预计短期国际油价将持弱整理。新一轮原油变化率将再度进入负向运行，下一轮成品油调价窗口将于11月4日零时开启。据悉，本次调价完成后，今年调价将形成&ldquo;七涨九跌四搁浅&rdquo;的格局。</p>\r\n', '1', '87', '0', '', '1499132200');
