-- MySQL dump 10.16  Distrib 10.1.26-MariaDB, for debian-linux-gnu (i686)
--
-- Host: localhost    Database: hlgj_2018
-- ------------------------------------------------------
-- Server version	10.1.26-MariaDB-0+deb9u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `blog`
--

DROP TABLE IF EXISTS `blog`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `blog` (
  `tuid` int(11) NOT NULL AUTO_INCREMENT COMMENT '帖子id',
  `idx` int(8) unsigned NOT NULL COMMENT '模块',
  `title` varchar(256) NOT NULL COMMENT '标题',
  `uname` varchar(32) NOT NULL COMMENT '作者',
  `fintime` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00' COMMENT '时间',
  `ttext` text NOT NULL COMMENT '内容',
  `uid` int(32) unsigned NOT NULL COMMENT 'uid',
  `isshow` int(4) unsigned NOT NULL COMMENT '显示',
  `isstop` int(4) unsigned NOT NULL COMMENT '置顶',
  `isglob` int(4) unsigned NOT NULL COMMENT '全局',
  PRIMARY KEY (`tuid`),
  KEY `idx_time` (`idx`,`fintime`),
  KEY `uid_show` (`uid`,`isshow`)
) ENGINE=InnoDB AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `blog`
--

LOCK TABLES `blog` WRITE;
/*!40000 ALTER TABLE `blog` DISABLE KEYS */;
INSERT INTO `blog` VALUES (12,1,'写点什么吧','田勇','2018-08-04 14:18:31','<h3 align=\"center\">央行终于出手稳汇率！人民币强势收复7大关口</h3><p>“跌跌不休”的在岸人民币兑美元汇率8月3日跌穿6.9，连跌9周，创下13个月新低……眼见着要突破7之时，央行终于出手了！</p><p><a href=\"http://money.163.com/keywords/5/2/592e884c/1.html\" title=\"央行\" target=\"_blank\">央行</a>决定——自2018年8月6日起，将远期售汇业务的<a href=\"http://money.163.com/keywords/5/1/59166c47/1.html\" title=\"外汇\" target=\"_blank\">外汇</a>风险准备金率从0调整为20%。<a href=\"http://money.163.com/baike/renminbihuilv/\" title=\"财经知识_人民币汇率\" target=\"_blank\">人民币汇率</a>闻风而动，截至券商中国记者发稿，在岸人民币报收6.8273，离岸人民币报收6.8447，强势收复7大关口，而8月3日，在岸人民币曾一度逼近6.90，离岸达到6.91。欧元、英镑触及日内高点，美元指数下挫。</p><p>8月3日，央行发布公告称，今年以来，外汇市场运行总体平稳，人民币汇率以市场供求为基础，有贬有升，弹性明显增强，市场预期基本稳定，跨境资本流动和外汇供求也大体平衡。近期受贸易摩擦和国际汇市变化等因素影响，外汇市场出现了一些顺周期波动的迹象。</p><p>为防范宏观金融风险，促进金融机构稳健经营，加强宏观审慎管理，决定自2018年8月6日起，将远期售汇业务的外汇风险准备金率从0调整为20%。</p>',100000,1,0,0);
/*!40000 ALTER TABLE `blog` ENABLE KEYS */;
UNLOCK TABLES;
