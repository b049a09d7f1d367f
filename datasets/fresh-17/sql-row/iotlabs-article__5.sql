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
INSERT INTO `iot_article` VALUES ('5', '微软手机部门大裁员', '新闻,早报,微软,手机 ', '微软宣布将在未来12个月内裁员2850人，将裁员计划中的总人数增加至4700人，约占公司员工总数的4%。裁撤的员工中有1850人在手机部门，其中大多数为芬兰员工。', 'uploads/20160809222818779.jpg', '<p>　　微软宣布将在未来12个月内裁员2850人，将裁员计划中的总人数增加至4700人，约占公司员工总数的4%。裁撤的员工中有1850人在手机部门，其中大多数为芬兰员工。微软在2014年收购了<span id=\"usstock_NOK\"><a class=\"keyword f_st\" href=\"http://stock.finance.sina.com.cn/usstock/quotes/NOK.html\" target=\"_blank\">诺基亚</a></span><span id=\"quote_NOK\"></span>的智能手机业务，不过Windows系统的手机并未取得成功，上季度Windows手机销量同比下滑了70%。</p>', '1470752900', '宪校', '2', '3');
