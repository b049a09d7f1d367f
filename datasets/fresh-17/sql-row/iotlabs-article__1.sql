-- ----------------------------
-- Table structure for iot_article
-- ----------------------------
DROP TABLE IF EXISTS `iot_article`;
CREATE TABLE `iot_article` (
  `art_id` int(11) NOT NULL AUTO_INCREMENT,
  `art_title` varchar(100) DEFAULT '' COMMENT '//文章标题',
  `art_tags` varchar(100) DEFAULT '' COMMENT '//关键词',
  `art_description` varchar(255) DEFAULT '' COMMENT '//描述',
  `art_thumb` varchar(255) DEFAULT '' COMMENT '//缩略图',
  `art_content` text COMMENT '//内容',
  `art_time` int(11) DEFAULT '0' COMMENT '//发布时间',
  `art_author` varchar(50) DEFAULT '' COMMENT '//作者',
  `art_view` int(11) DEFAULT '0' COMMENT '//查看次数',
  `cate_id` int(11) DEFAULT '0' COMMENT '//分类ID',
  PRIMARY KEY (`art_id`)
) ENGINE=MyISAM AUTO_INCREMENT=11 DEFAULT CHARSET=utf8 COMMENT='//文章';

-- ----------------------------
-- Records of iot_article
-- ----------------------------
INSERT INTO `iot_article` VALUES ('1', '亚马逊成美国市值第5大公司 FB不到一天退位', '亚马逊,Facebook', '新浪美股 北京时间30日凌晨讯 Facebook（FB）成为美国市值前五大公司仅不到一天，就被亚马逊公司（AMZN）超越，因后者周四盘后公布了好于预期的业绩报告。', 'uploads/20160809222941394.jpg', '<p><span id=\"usstock_SINA\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/SINA.html\" target=\"_blank\">新浪</a></span><span id=\"quote_SINA\"></span>美股 北京时间30日凌晨讯 <span id=\"usstock_FB\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/FB.html\" target=\"_blank\">Facebook</a></span><span id=\"quote_FB\"></span>（FB）成为美国市值前五大公司仅不到一天，就被<span id=\"usstock_AMZN\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/AMZN.html\" target=\"_blank\">亚马逊</a></span><span id=\"quote_AMZN\"></span>公司（AMZN）超越，因后者周四盘后公布了好于预期的业绩报告。</p><p>　　亚马逊的股价周五涨11.46美元，涨幅1.5%，市值升至3605亿美元左右。与此同时，Facebook股价下滑27美分，跌幅0.2%，市值降为3569亿美元。</p><p>　　公布最新业绩后，亚马逊的市值排名已前进两位，伯克希尔-哈撒韦（BRKA）的市值排名则进一步倒退至第七名，为3564亿美元。</p><p>　　目前美股排名前四家的公司分别为<span id=\"usstock_AAPL\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/AAPL.html\" target=\"_blank\">苹果</a></span><span id=\"quote_AAPL\"></span>公司（AAPL）市值5613亿美元，<span id=\"usstock_GOOG\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/GOOG.html\" target=\"_blank\">谷歌</a></span><span id=\"quote_GOOG\"></span>母公司Alphabet （GOOGL）市值5409亿美元，<span id=\"usstock_MSFT\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/MSFT.html\" target=\"_blank\">微软</a></span><span id=\"quote_MSFT\"></span>（MSFT）市值4411亿美元；石油巨头<span id=\"usstock_XOM\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/XOM.html\" target=\"_blank\">埃克森美孚</a></span><span id=\"quote_XOM\"></span>（XOM）市值3657亿美元。</p><p><br/></p>', '1470752983', '宪校', '12', '1');
