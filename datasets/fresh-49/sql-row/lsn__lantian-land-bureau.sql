-- phpMyAdmin SQL Dump
-- version 4.6.4
-- https://www.phpmyadmin.net/
--
-- Host: localhost
-- Generation Time: 2018-03-01 01:25:40
-- 服务器版本： 5.7.15-log
-- PHP Version: 5.6.26

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `lsn`
--

-- --------------------------------------------------------

--
-- 表的结构 `lsn_new`
--

CREATE TABLE `lsn_new` (
  `new_id` int(20) NOT NULL COMMENT '新闻id',
  `new_title` varchar(256) NOT NULL COMMENT '新闻标题',
  `new_author` varchar(20) NOT NULL COMMENT '发布人',
  `new_summary` text NOT NULL COMMENT '新闻摘要',
  `new_time` datetime NOT NULL COMMENT '发布时间',
  `new_content` text NOT NULL COMMENT '内容'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- 转存表中的数据 `lsn_new`
--

INSERT INTO `lsn_new` (`new_id`, `new_title`, `new_author`, `new_summary`, `new_time`, `new_content`) VALUES
(1, '国土局申请强制执行被法院驳回：处罚未集体研究', '澎湃新闻', '啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊', '2018-02-26 03:24:30', '原标题：陕西一县国土局申请强制执行被法院驳回：罚款决定未集体研究\r\n\r\n澎湃新闻记者 王健\r\n\r\n因行政处罚决定中的罚款事项未经集体研究决定，西安蓝田县国土资源局的强制执行申请被西安中院驳回。2月26日，中国裁判文书网公布的一份行政裁定书披露了这一案例。\r\n\r\n“（2018）陕0122行审6号”行政裁定书显示，2018年1月23日，蓝田县国土资源局向西安中院申请强制执行蓝国土罚字[2017]030号土地行政处罚决定。\r\n\r\n蓝田县国土资源局向西安中院申请执行的事项包括：拆除被执行人西安元泰旅游开发有限公司违法占地所建的窑洞267.54平方米，二层楼房342.91平方米，一层平房395.97平方米，走廊和鱼塘1348平方米，构筑物7747.23平方米，以及执行被执行人欠下的罚款65299.2元。\r\n\r\n判决书显示，蓝田县国土资源局查明，2011年4月，西安元泰旅游公司未经政府批准，在辋川镇山底村一组开发王维苑旅游项目，已建成王维纪念馆及餐饮住宿设施，占地21.619亩即14412.4平方米，其中占建设用地6.466亩（纪念馆126.44平方米、窑洞1244.76平方米、两层楼房451.49平方米、走廊34.98平方米、其他构筑物2453.08平方米）；占林业用地15.153亩（窑洞267.54平方米、两层楼房342.19平方米、一层楼房395.97平方米、走廊和鱼塘1348平方米、其他硬化道路和广场等构筑物7747.23平方米）。\r\n\r\n2017年6月13日，蓝田县国土资源局作出处罚决定：没收上述项目符合土地利用总体规划的6.466亩土地上所建建筑；限期拆除违反土地利用总体规划的15.153亩土地上所建建筑，并对西安元泰旅游公司违法占地处以每平米8元，共计115299.20元的罚款；当事人可在收到处罚决定之日起六十日内申请复议。\r\n\r\n蓝田县国土资源局称，在法定期限内，被申请执行人西安元泰旅游公司未提起复议或诉讼，亦未履行拆除的义务。2017年8月14日，被申请执行人缴纳了罚款5万元。至蓝田县国土资源局向西安中院申请强制执行时，西安元泰旅游公司尚有65299.2元罚款未缴纳。');

-- --------------------------------------------------------
