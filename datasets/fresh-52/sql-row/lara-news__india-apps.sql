/*
Navicat MySQL Data Transfer

Source Server         : 192.168.31.254
Source Server Version : 50648
Source Host           : 192.168.31.254:3306
Source Database       : lara

Target Server Type    : MYSQL
Target Server Version : 50648
File Encoding         : 65001

Date: 2020-12-11 11:11:11
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for news
-- ----------------------------
DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `title` varchar(191) COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '标题',
  `content` text COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '内容',
  `user_id` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '用户id',
  `category_id` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '分类id',
  `keyword` varchar(191) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '关键词',
  `description` varchar(191) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '描述',
  `thumb` varchar(191) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '缩略图',
  `status` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '是否显示',
  `views` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '浏览数',
  `replies` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '评论数',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `author` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '作者',
  `create_time` int(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `posts_title_index` (`title`),
  KEY `posts_user_id_index` (`user_id`),
  KEY `posts_category_id_index` (`category_id`),
  KEY `posts_status_index` (`status`)
) ENGINE=InnoDB AUTO_INCREMENT=48 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ----------------------------
-- Records of news
-- ----------------------------
INSERT INTO `news` VALUES ('26', '印度宣布禁用43款移动应用程序 包括阿里巴巴全球速卖通', '<p><span class=\"bjh-p\">来源：金融界网站</span></p><p><span class=\"bjh-p\">印度新闻局发声明称，印度电子和信息技术部发布命令，禁止访问43款移动应用程序。据悉，采取此举是因这些移动应用程序从事“有损于印度主权和完整、印度国防、国家安全和公共秩序的活动”。</span></p><p><span class=\"bjh-p\">被阻止访问的移动应用程序包括阿里卖家（AliSuppliers）、千牛工作台（Alibaba Workbench）、全球速卖通（AliExpress）和Alipay Cashier等。</span></p>', '0', '0', '', '', '', '1', '0', '0', null, null, '金融界', '1606232715');
