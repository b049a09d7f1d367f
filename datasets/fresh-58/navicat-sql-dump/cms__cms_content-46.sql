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
INSERT INTO `cms_content` VALUES ('46', '雅虎女高管加盟Square 雅虎复兴无望 Square冲刺IPO', '36', '无', '', '雅虎女，高管', '', '', 'admin', '雅虎首席开发官杰奎琳·雷瑟斯被曝光加入Square，雷瑟斯在Square负责重要的融资业务，并成为Square的CEO多尔西的主要助手，为IPO路演努力。\r\n', '<p class=\"text\">\r\n	<strong>雷瑟斯曾掌管200亿美元投资 加盟雅虎成梅耶尔的重要助手</strong></p>\r\n<p class=\"text\">\r\n	杰奎琳&middot;雷瑟斯是雅虎CEO梅耶尔担纲雅虎复兴大业后最早招募的一批高管之一，雷瑟斯于2012年加入雅虎，担任人力资源及发展执行副总裁，负责人力资源的协调和人才招聘以及企业和业务的全球开发工作。雷瑟斯此后担任了雅虎的首席开发官，在梅耶尔不断收购创业公司，市场关注雅虎推出什么产品的时期，可见其被赋予重任。雷瑟斯在2012年加入阿里巴巴的董事会，作为雅虎的代表，当时阿里的董事会可只有四个人，其他三个人是马云、孙正义和蔡崇信；在阿里巴巴集团上市后，雷瑟斯又被派去负责分拆雅虎持有的阿里巴巴股份的复杂工作。</p>\r\n<p class=\"text\">\r\n	说分拆阿里巴巴的股票复杂，是因为：第一，从市值上说，雅虎的市值在刨除股价高点时期的阿里巴巴股票的数百亿美元的市值后，接近为零，也就是说市场对于雅虎公司并不看好；第二，雅虎的股东出名顽固，一直对董事会施加压力，要求改革，对人事也指手画脚，阿里巴巴的股票直接剥离会产生数十亿美元的税金，股东认为造成损失，所以雅虎选择设立一个壳公司，将阿里巴巴股份完全剥离到这家公司，然后雅虎股东持有这家公司的股票，股东买卖这家子公司的股票就可以达到套现的目的&mdash;&mdash;这个过程可以避免缴纳几十亿美元的税，股东是支持的，但美国国税局目前并没有批准，雅虎想免税剥离阿里巴巴股票的路可能也走不通了。在这个过程中，雷瑟斯需要协调很多人的利益，并且承担股东的直接压力。</p>\r\n', '1', '0', '0', '', '1499132200');
