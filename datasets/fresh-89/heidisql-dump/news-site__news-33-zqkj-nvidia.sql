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
	(33, '掌趣科技携手英伟达 拓展AI游戏创作平台技术生态', '<span style="font-size:18px;"> 中证网讯（王珞）第57届国际消费类电子产品展览会（CES 2024）召开之际，北京时间1月9日凌晨，英伟达（NVIDIA）在线上举行了NVIDIA CES 2024特别演讲，着重展示其先进AI技术在各领域的创新应用，同时公布英伟达与掌趣科技在AI技术与应用方面开展合作，英伟达将向“AI游戏创作平台”提供DLSS、Audio2Face等AI技术支持。未来双方将在AI游戏开发工具、AIGC、AI应用场景等领域继续保持交流与合作。</span><br />\n<br />\n<span style="font-size:18px;"> 掌趣科技持续推动移动游戏研发与发行业务，同时积极布局AI技术，努力加速AI与游戏的融合。“AI游戏创作平台”是掌趣科技与悠米互娱探索AI技术在游戏领域应用的重要举措，旨在运用AI技术降低开放世界游戏的开发门槛，实现个人及小团队也可以开发大规模的开放世界游戏，并通过该平台分享创意成果，实现AI+UGC。</span><br />\n<br />\n<span style="font-size:18px;"> 作为一家全栈计算公司，自1993年成立以来，NVIDIA一直是加速计算领域的先驱。英伟达发明的GPU，极大推动了游戏市场的发展，重新定义了计算机图形技术，开创了现代AI 的新时代，正在推动跨市场的工业数字化。在AI领域，英伟达的研究成果正在改变包括游戏、医疗健康和交通运输等各行各业，并对社会产生了深远的影响。</span><br />\n<span style="font-size:18px;"></span>', 2, '\\web\\pictures\\GetPic.png', NULL, NULL);
