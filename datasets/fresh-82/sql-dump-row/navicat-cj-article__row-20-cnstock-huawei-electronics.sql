/*
Navicat MySQL Data Transfer

Source Server         : localhost_3306
Source Server Version : 50528
Source Host           : localhost:3306
Source Database       : mspms

Target Server Type    : MYSQL
Target Server Version : 50528
File Encoding         : 65001

Date: 2013-05-25 21:46:25
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for `cj_article`
-- ----------------------------
DROP TABLE IF EXISTS `cj_article`;
CREATE TABLE `cj_article` (
  `a_id` int(10) NOT NULL AUTO_INCREMENT,
  `a_title` varchar(200) NOT NULL,
  `a_author` int(5) NOT NULL,
  `a_source` varchar(50) DEFAULT NULL,
  `a_content` text NOT NULL,
  `a_date` date NOT NULL,
  `a_status` enum('locked','published','trash','draft') DEFAULT 'draft',
  `a_category` int(5) NOT NULL,
  `a_updateTime` datetime DEFAULT NULL,
  `a_creatTime` datetime DEFAULT NULL,
  `a_click` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`a_id`),
  KEY `a_category` (`a_category`),
  KEY `a_author` (`a_author`)
) ENGINE=InnoDB AUTO_INCREMENT=34 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of cj_article
-- ----------------------------
INSERT INTO `cj_article` VALUES ('20', '华微电子以自主品牌保持竞争优势', '1', '', '&lt;p style=&quot;text-indent:2em;&quot;&gt;\r\n	中国证券网讯（记者 王伟丽）&amp;nbsp;华微电子2012年度报告显示实现营业收入105506.73万元，同比下降3.92%；实现归属于上市公司股东净利润4291.67万元，同比下降57.82 %。每股收益0.06元，比上年同期下降60%。&lt;br /&gt;\r\n　　公司解释营业收入下降的原因是因为2012年全球经济环境持续低迷，半导体市场竞争加剧。虽然经过努力公司产品销量在保持原有市场份额的基础上取得了一定的增长，但是抵不过产品价格的下降。&lt;br /&gt;\r\n　　据分析，虽然宏观环境不佳，但是公司自主研发的产品对提高市场占有率及销售收入发挥了积极作用。中国半导体企业随着自身技术及工艺平台的不断升级，目前已进入半导体行业的中、高端领域，产品更新速度较快，华微电子根据市场需求及自身资源进行新产品的研究开发保持了竞争优势。公司全力推进的IGBT、MOSFET系列化产品具有较强的竞争力。其中，自主创新研发的JTE工艺使产品性能进一步优化、产品成本更具竞争优势；IGBT产品以及改进后的可控硅产品产生了一批较大的应用客户群；第三代MOSFET产品和TRENCH工艺平台在市场上得到了较高的认可度；产品因性价比较高受到了客户的欢迎。&lt;br /&gt;\r\n　　同日公布的一季报显示，归属于母公司所有者的净利润较上年同期数增加4962262.04元，增加比例68.7%，这主要是因为公司的营业收入在增加、产能利用率在不断提升。这说明公司盈利能力在不断增强，2013年公司将在市场增量、新器件增量、新领域增量方面有优异的表现。\r\n&lt;/p&gt;', '2013-05-04', 'published', '15', null, '2013-05-04 22:31:30', '0');
