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
INSERT INTO `iot_article` VALUES ('6', '央行力挺网络版银联年底上线', '在线支付,互联网 ', '新浪财经讯 7月31日消息，据财新报道，央行牵头成立线上支付统一清算平台（业内简称网联）的方案已经成型并获央行通过，计划今年年底建成。', 'uploads/20160809222752557.png', '<p>　　新浪财经讯 7月31日消息，据财新报道，央行牵头成立线上支付统一清算平台（业内简称网联）的方案已经成型并获央行通过，计划今年年底建成。</p><p><ins class=\"sinaads sinaads-done\" id=\"SinaAdsArtical\" style=\"overflow: hidden; text-decoration: none; display: block;\" data-ad-pdps=\"PDPS000000056054\" data-ad-status=\"done\"><ins style=\"text-decoration:none;margin:0px auto;width:300px;display:block;position:relative;\"></ins></ins></p><p>　　新浪财经也已经通过其他渠道确认，中行网络金融部副总经理董俊峰将出任网联总裁，并已到央行支付司报道一事。董俊峰曾在新浪财经举办的第三届银行业发展论坛上表示：“互联网金融带来了那么多红利和蓝海，但是我们不能漠视它可能带来的风险，有很多系统性风险的端倪需要大家去注意。”由此也可窥见央行对在线支付市场的态度和立场。</p><p>　　根据新浪财经了解，网联最初的目标是管理预付费卡的支付公司，虽然预付费卡公司素质良莠不齐，卷款潜逃事件频发，但这与互联网支付没有必然联系，知情人士认为网联扩大管理范围显得“莫名其妙”。一位接近网联的人士称，目前来看，网联并非央行业务重点。</p><p>　　但也有专业人士指出，集中化的客户备付金存管体系建设与纯线上支付的网联平台方案定位不同，不存在方案的相互替代关系。</p><p>　　网联的建设，意味着目前大量第三方支付机构直连银行的模式将被切断，回归支付和清算相独立的业务监管规则。财新报道称网联股东不会超过五十家，均为第三方支付公司。据新浪财经了解，此事正由央行支付协会推进，股东范围也已见雏形。</p><p><!-- 正文页左下画中画广告 begin --></p><p>\r\n\r\n			 \r\n\r\n					</p><p><!-- 正文页左下画中画广告 end --><br/></p><p><br/></p>', '1470752875', '宪校', '0', '3');
