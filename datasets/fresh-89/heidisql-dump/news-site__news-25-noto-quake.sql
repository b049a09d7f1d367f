-- --------------------------------------------------------
-- 主机:                           127.0.0.1
-- 服务器版本:                        8.0.30 - MySQL Community Server - GPL
-- 服务器操作系统:                      Win64
-- HeidiSQL 版本:                  12.1.0.6537
-- --------------------------------------------------------

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;


-- 导出 news 的数据库结构
CREATE DATABASE IF NOT EXISTS `news` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci */ /*!80016 DEFAULT ENCRYPTION='N' */;
USE `news`;

-- 导出  表 news.news 结构
CREATE TABLE IF NOT EXISTS `news` (
  `news_id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `content` text,
  `category_id` int DEFAULT NULL,
  `image_url` varchar(255) DEFAULT NULL,
  `created_at` varchar(50) DEFAULT NULL,
  `updated_at` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`news_id`),
  KEY `category_id` (`category_id`),
  CONSTRAINT `news_ibfk_1` FOREIGN KEY (`category_id`) REFERENCES `category` (`category_id`)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- 正在导出表  news.news 的数据：~15 rows (大约)
INSERT INTO `news` (`news_id`, `title`, `content`, `category_id`, `image_url`, `created_at`, `updated_at`) VALUES
	(25, '日本能登地区地震已致180人遇难 仍有上百人下落不明', '<p style="color:#333333;font-size:20px;font-family:Arial, Tahoma, Verdana, 微软雅黑, STHeiTi, sans-serif, Helvetica, SimSun, 微软雅黑;background-color:#FFFFFF;">\n	据此前报道，1月1日下午，能登地区发生7.6级地震，目前震中的救援活动仍在持续进行。\n</p>\n<p style="color:#333333;font-size:20px;font-family:Arial, Tahoma, Verdana, 微软雅黑, STHeiTi, sans-serif, Helvetica, SimSun, 微软雅黑;background-color:#FFFFFF;">\n	日本共同社还报道称，地震发生一周以来，受灾地区多地积雪，影响近2.9万名疏散人员的救援和支援工作。\n</p>\n<p style="color:#333333;font-size:20px;font-family:Arial, Tahoma, Verdana, 微软雅黑, STHeiTi, sans-serif, Helvetica, SimSun, 微软雅黑;background-color:#FFFFFF;">\n	<a target="_blank" href="https://www.chinanews.com.cn/">中新网</a>1月9日电 据日本东京广播公司(TBS)报道，日本石川县9日公布的最新统计数据显示，能登地区地震已造成180人遇难，下落不明人数调整为120人。\n</p>', 3, '\\web\\pictures\\2a742cfadaf44847bf1d4494f07e1003.jpg', NULL, NULL);
