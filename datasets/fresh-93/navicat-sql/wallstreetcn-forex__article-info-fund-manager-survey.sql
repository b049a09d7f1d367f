/*
Navicat MySQL Data Transfer

Source Server         : localhost
Source Server Version : 50722
Source Host           : localhost:3306
Source Database       : test

Target Server Type    : MYSQL
Target Server Version : 50722
File Encoding         : 65001

Date: 2019-03-21 12:57:13
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for article_info
-- ----------------------------
DROP TABLE IF EXISTS `article_info`;
CREATE TABLE `article_info` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `article_id` int(11) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `summary` varchar(255) DEFAULT '',
  `label` varchar(255) DEFAULT '',
  `source` varchar(255) DEFAULT '',
  `time` datetime DEFAULT NULL,
  `src_content` text,
  `content` text,
  `image` varchar(255) DEFAULT NULL,
  `input_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=200 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of article_info
-- ----------------------------
INSERT INTO `article_info` VALUES ('168', '3496811', '美银基金经理调查：股票持仓降至2016年低点 全球最拥挤交易“易主”', '美银调查显示，尽管今年迄今全球股市反弹了18%，但基金经理们3月仍然将股市风险敞口削减至2016年9月以来的最低水平，仅超配3%，并更多持有现金和房地产投资信托等防御性资产。其中做空欧洲股票“荣登”最拥挤交易榜首。', '全球对冲基金大佬最新动态', '叶桢', '2019-03-19 22:02:45', '<p>尽管全球股市势头强劲，但基金经理们似乎不那么乐观，尤其是对欧洲股市。</p>\n<p>美银月度全球基金经理调查显示，尽管今年迄今全球股市反弹了18%，但基金经理们3月仍然将股市风险敞口削减至2016年9月以来的最低水平，仅超配3%，并更多持有现金和房地产投资信托等防御性资产。</p>\n<p>BofAML Data Analytics首席投资策略师Michael Hartnet在一份声明中表示，“尽管利润预期上升，利率预期下降，现金水平下降，但股票配置继续下降，人们就是没有意愿交易股票。”</p>\n<p>共有186名基金经理参与了调查，他们管理的资产规模达到5570亿美元。</p>\n<p>调查显示，19%的受调查经理人认为目前全球最拥挤的交易是做空欧洲股票，这是该交易首次荣登最拥挤交易榜首。</p>\n<p><img class=\" wscnph\" src=\"https://wpimg.wallstcn.com/e4feb099-b1ac-4232-ade6-931b5b37d4fa.png\" data-wscntype=\"image\" data-wscnh=\"815\" data-wscnw=\"852\" /></p>\n<p style=\"text-align: center;\">（最拥挤交易演变历程 图片来源：Zerohedge）</p>\n<p>本月初，OECD在全球经济展望报告中称，欧洲经济增长存在巨大隐患。OECD指出，英国的硬脱欧可能大大提高欧洲经济体的成本。除此之外，作为高度依赖出口的经济体，德国经济受到贸易壁垒上升的影响，经济增速被较大程度地拖累；意大利经济也出现衰退现象。OECD将欧洲经济增速预期由此前的1.8%下调至1%。</p>\n<p>拥挤交易排行中，排在第二的是做多美元，有18%的被调查者选择该交易，是2006年6月以来的最高水平。做多FAANG+BAT是第三受欢迎的交易，排在第四位的是做多新兴市场。</p>\n<p><img class=\" wscnph\" src=\"https://wpimg.wallstcn.com/c0b016de-5c7d-46ad-8b9c-9c636320f75c.png\" data-wscntype=\"image\" data-wscnh=\"409\" data-wscnw=\"802\" /></p>\n<p style=\"text-align: center;\">（图片来源：Zerohedge）</p>\n<p>尽管做多新兴市场从上个月的排名第一下滑至本月第四，但新兴市场依然是基金经理们最看好的市场，有40%的基金经理选择超配新兴市场，这是2018年4月以来的最高水平。</p>\n<p>然而当市场过多被一方占据时，情绪调查可能是可靠的逆向指南。例如，低水平的股市资金配置或意味着未来的上行潜力，而“做多股票-做空现金”、“做多欧盟-做空新兴市场”、“做多工业-做空房地产投资信托基金”也成为有价值的反向操作策略。</p>\n<p>在最大尾部风险方面，约30%的受访者最担心中国经济放缓，紧随其后的是贸易摩擦，该选项在过去九个月里一直高居榜首，本月有19%的基金经理将其列为最大尾部风险。本月的第三大担忧来自企业信贷紧缩。</p>\n<p><img class=\" wscnph\" src=\"https://wpimg.wallstcn.com/e39c99ff-ecc5-4c16-a039-8f535b6db0f5.png\" data-wscntype=\"image\" data-wscnh=\"859\" data-wscnw=\"852\" /></p>\n<p style=\"text-align: center;\">（最大尾部风险演变史 图片来源：Zerohedge）</p>\n<p>经济增长预期和通胀预期均有所改善，34%的投资者预期明年消费者物价指数将走高。在利率方面，55%的受访者认为美联储将继续加息，38%的受访者预计紧缩周期将结束。</p>\n<p><strong>*本文来自华尔街见闻（微信ID：wallstreetcn）。开通华尔街见闻金卡会员，马上领取2019全球市场机会。</strong></p>\n<p><a href=\"https://wallstreetcn.com/membership?member_type=gold\" target=\"_blank\" rel=\"noopener\"><img class=\" wscnph\" src=\"https://wpimg.wallstcn.com/0f9a904a-7baf-4039-8429-90c69ce4f6ff.png\" data-wscntype=\"image\" data-wscnh=\"260\" data-wscnw=\"640\" /></a></p>', '尽管全球股市势头强劲，但基金经理们似乎不那么乐观，尤其是对欧洲股市。 美银月度全球基金经理调查显示，尽管今年迄今全球股市反弹了18%，但基金经理们3月仍然将股市风险敞口削减至2016年9月以来的最低水平，仅超配3%，并更多持有现金和房地产投资信托等防御性资产。 BofAML Data Analytics首席投资策略师Michael Hartnet在一份声明中表示，“尽管利润预期上升，利率预期下降，现金水平下降，但股票配置继续下降，人们就是没有意愿交易股票。” 共有186名基金经理参与了调查，他们管理的资产规模达到5570亿美元。 调查显示，19%的受调查经理人认为目前全球最拥挤的交易是做空欧洲股票，这是该交易首次荣登最拥挤交易榜首。 \n<img src=\"https://wpimg.wallstcn.com/e4feb099-b1ac-4232-ade6-931b5b37d4fa.png\"> （最拥挤交易演变历程&nbsp;图片来源：Zerohedge） 本月初，OECD在全球经济展望报告中称，欧洲经济增长存在巨大隐患。OECD指出，英国的硬脱欧可能大大提高欧洲经济体的成本。除此之外，作为高度依赖出口的经济体，德国经济受到贸易壁垒上升的影响，经济增速被较大程度地拖累；意大利经济也出现衰退现象。OECD将欧洲经济增速预期由此前的1.8%下调至1%。 拥挤交易排行中，排在第二的是做多美元，有18%的被调查者选择该交易，是2006年6月以来的最高水平。做多FAANG+BAT是第三受欢迎的交易，排在第四位的是做多新兴市场。 \n<img src=\"https://wpimg.wallstcn.com/c0b016de-5c7d-46ad-8b9c-9c636320f75c.png\"> （图片来源：Zerohedge） 尽管做多新兴市场从上个月的排名第一下滑至本月第四，但新兴市场依然是基金经理们最看好的市场，有40%的基金经理选择超配新兴市场，这是2018年4月以来的最高水平。 然而当市场过多被一方占据时，情绪调查可能是可靠的逆向指南。例如，低水平的股市资金配置或意味着未来的上行潜力，而“做多股票-做空现金”、“做多欧盟-做空新兴市场”、“做多工业-做空房地产投资信托基金”也成为有价值的反向操作策略。 在最大尾部风险方面，约30%的受访者最担心中国经济放缓，紧随其后的是贸易摩擦，该选项在过去九个月里一直高居榜首，本月有19%的基金经理将其列为最大尾部风险。本月的第三大担忧来自企业信贷紧缩。 \n<img src=\"https://wpimg.wallstcn.com/e39c99ff-ecc5-4c16-a039-8f535b6db0f5.png\"> （最大尾部风险演变史&nbsp;图片来源：Zerohedge） 经济增长预期和通胀预期均有所改善，34%的投资者预期明年消费者物价指数将走高。在利率方面，55%的受访者认为美联储将继续加息，38%的受访者预计紧缩周期将结束。 *本文来自华尔街见闻（微信ID：wallstreetcn）。开通华尔街见闻金卡会员，马上领取2019全球市场机会。 \n<img src=\"https://wpimg.wallstcn.com/0f9a904a-7baf-4039-8429-90c69ce4f6ff.png\">', 'https://wpimg.wallstcn.com/770751c6-28cc-432e-9fe0-b7bae177d7e1.jpg', '2019-03-19 23:32:00', '2019-03-19 23:32:00');
