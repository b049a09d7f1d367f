-- ----------------------------
-- Table structure for news
-- ----------------------------
DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL DEFAULT '',
  `description` varchar(200) NOT NULL DEFAULT '',
  `thumb` varchar(100) DEFAULT NULL,
  `content` varchar(10000) DEFAULT '',
  `cat_id` int(11) DEFAULT NULL COMMENT '分类ID',
  `create_time` varchar(13) DEFAULT NULL,
  `update_time` varchar(13) DEFAULT NULL,
  `click` int(11) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=9 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of news
-- ----------------------------
BEGIN;
INSERT INTO `news` VALUES (2, '15个新一线城市人均收入：三城突破6万，长沙超青岛天津', '一般来说，经济发达的大城市，就业机会较多，工资水平较高，吸引人口流入也比较多。那么四大一线城市之外，15个新一线城市的收入水平如何？', '/public/uploads/20210405/1617629047445.jpeg', '<p>总体上看，江浙地区集体经济更为发达，也有很多大型企业。集体经济比较规范， 老百姓从集体经济中所获得的收入会比较高。目前，15个新一线城市中，仍有三个城市的全体居民人均收入低于4万元大关，分别是西部的重庆、西安以及来自中部地区的郑州。</p><p>一般来说，经济发达的大城市，就业机会较多，工资水平较高，吸引人口流入也比较多。那么四大一线城市之外，15个新一线城市的收入水平如何？</p><p>第一财经记者根据公开资料，梳理统计15个新一线城市居民人均可支配收入数据发现，苏州在15个新一线城市中人均收入水平最高，杭州和南京紧随其后，这三城人均收入均超过6万元；长沙在中西部领跑，并且超越了东部的青岛和天津。</p><p>根据第一财经·新一线城市研究所2020年6月发布的《2020城市商业魅力排行榜》，2020年15个新一线城市分别是：成都、重庆、杭州、武汉、西安、天津、苏州、南京、郑州、长沙、东莞、沈阳、青岛、合肥、佛山。</p>', 2, '1617620912865', '1617629043764', 0);
COMMIT;
