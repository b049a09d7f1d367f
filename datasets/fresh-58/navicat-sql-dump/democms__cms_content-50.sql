/*
Navicat MySQL Data Transfer

Source Server         : localhost
Source Server Version : 50141
Source Host           : localhost:3306
Source Database       : democms

Target Server Type    : MYSQL
Target Server Version : 50141
File Encoding         : 65001

Date: 2015-10-26 14:09:32
*/
use democms;
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
  `date` datetime NOT NULL COMMENT '//发布时间',
  PRIMARY KEY (`id`),
  KEY `nav` (`nav`)
) ENGINE=MyISAM AUTO_INCREMENT=54 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of cms_content
-- ----------------------------
INSERT INTO `cms_content` VALUES ('50', '北京光伏充电站首尝PPP模式 落子石景山 ', '35', '无', '', '', '', '', 'admin', '全球最大的光伏充电站落子石景山区，预计年底建成，这也是北京首个引入PPP模式的光伏充电站，故引发外界对这一领域“钱景”关注。昨日，北京首钢自动化信息技术有限公司(以下简称“首自信公司”)和北京富电科技有限公司(以下简称“富电科技”)共同合作建设的光伏超级充电站正式启动，业内普遍认为，通过PPP模式，社会资本和国有资本将实现双方的优势互补与资源整合，进而共同求解行业种种难题。 \r\n', '<p>\r\n	全球最大的光伏充电站落子石景山区，预计年底建成，这也是北京首个引入PPP模式的光伏充电站，故引发外界对这一领域&ldquo;钱景&rdquo;关注。昨日，北京首钢自动化信息技术有限公司(以下简称&ldquo;首自信公司&rdquo;)和北京富电科技有限公司(以下简称&ldquo;富电科技&rdquo;)共同合作建设的光伏超级充电站正式启动，业内普遍认为，通过PPP模式，社会资本和国有资本将实现双方的优势互补与资源整合，进而共同求解行业种种难题。</p>\r\n<table align=\"left\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" style=\"PADDING-RIGHT: 10px\">\r\n	<tbody>\r\n		<tr>\r\n			<td>\r\n				<div id=\"adhzh\" name=\"hzh\">\r\n					<span style=\"BORDER-BOTTOM: 0px; POSITION: relative; TEXT-ALIGN: left; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; BACKGROUND: none transparent scroll repeat 0% 0%; HEIGHT: 250px; OVERFLOW: visible; BORDER-TOP: 0px; BORDER-RIGHT: 0px\"><span style=\"BORDER-BOTTOM: 0px; POSITION: absolute; TEXT-ALIGN: left; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; BACKGROUND: none transparent scroll repeat 0% 0%; HEIGHT: 250px; OVERFLOW: hidden; BORDER-TOP: 0px; BORDER-RIGHT: 0px\"><span style=\"BORDER-BOTTOM: 0px; POSITION: absolute; TEXT-ALIGN: left; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; BACKGROUND: none transparent scroll repeat 0% 0%; HEIGHT: 250px; OVERFLOW: hidden; BORDER-TOP: 0px; BORDER-RIGHT: 0px\"><img alt=\"\" height=\"1\" src=\"http://i8.chinanews.com/gg/yichuanmei/transparent.gif\" style=\"BORDER-BOTTOM: 0px; POSITION: absolute; BORDER-LEFT: 0px; WIDTH: 300px; DISPLAY: block; HEIGHT: 250px; BORDER-TOP: 0px; TOP: 0px; CURSOR: pointer; BORDER-RIGHT: 0px; LEFT: 0px\" width=\"1\" /></span></span></span>\r\n					<p>\r\n						光伏充电站&ldquo;巨无霸&rdquo;年内建成</p>\r\n					<p>\r\n						　　据悉，石景山的光伏超级充电站兼具新能源充电和立体停车功能，项目外形形似太空飞船。充电站总投资达1500万元，将建设50根充电桩，建设占地约500平方米，通过立体停车设计建成后可以提供约30个停车充电位。此外，整个充电站的能源将全部由太阳能提供，每日可满足80辆纯电动汽车的充电需求。</p>\r\n					<p>\r\n						　　富电科技董事长庞雷介绍，光伏充电站将能满足市面上大部分电动汽车的充电需求，目前市面上主流的国产、日系和欧美等三大车系电动车都可以在这个充电站内实现充电。据北京商报记者了解，石景山的光伏充电站计划年底建成，届时，它将成为继朝阳华贸中心充电站之后，北京市最大的光伏超级充电站。此前位于华贸中心的北京市首个光伏充电站，一天的发电量能让7辆左右的纯电动车充满电。与以前相比，此次充电站的建设规模有了大幅提升。</p>\r\n					<p>\r\n						　　在推进石景山超级光伏充电站项目的同时，富电科技在西客站、西红门、北大万柳等地还有17处充电站也正施工建设中。截至今年底，共计会有1500个充电桩完成施工开始运营，并真正实现距离市中心5公里以内的电动汽车充电基础设施布</p>\r\n				</div>\r\n			</td>\r\n		</tr>\r\n	</tbody>\r\n</table>\r\n<p>\r\n	&nbsp;</p>\r\n', '1', '0', '0', '', '2015-10-21 02:52:54');
