--
-- 表的结构 `think_blog`
--

CREATE TABLE IF NOT EXISTS `think_blog` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(30) NOT NULL DEFAULT '',
  `content` text NOT NULL,
  `pic` varchar(50) NOT NULL DEFAULT '',
  `summary` varchar(255) NOT NULL DEFAULT '',
  `time` int(10) unsigned NOT NULL DEFAULT '0',
  `cid` int(10) unsigned NOT NULL,
  `del` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `click` smallint(6) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `cid` (`cid`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=13 ;

--
-- 转存表中的数据 `think_blog`
--

INSERT INTO `think_blog` (`id`, `title`, `content`, `pic`, `summary`, `time`, `cid`, `del`, `click`) VALUES
(5, '峨眉山环卫工冒险捡游客垃圾 脚下宽不足一米', '<p style="vertical-align:baseline;">\r\n	一名年逾四旬的环卫工人站在悬崖边手握着一根木质长钩，把栏杆外侧的垃圾钩起。 澎湃新闻记者 王嘉赓 图\r\n</p>\r\n<p style="vertical-align:baseline;">\r\n	澎 湃新闻黄金周直播进行中。10月1日9时40分许，峨眉山金顶的东侧台阶，这里是游客观赏日出和云海的最佳点，游客如潮水般一波波地更替。但游客们都在享 受着假期快乐时，在金顶西侧台阶边的一个角落，澎湃新闻(www.thepaper.cn)记者发现一名年过四旬的中年环卫工人，站在安全栏杆外的悬崖 边，冒着随时会坠崖的危险，清理着游人落下的各式垃圾。\r\n</p>\r\n<p style="vertical-align:baseline;">\r\n	当时，这名“悬崖”边的环卫工人口戴白色口罩，头顶白色鸭舌帽，身着红色羽绒服、黑色长裤，戴着一双环卫白手套，手握着一根木质长钩，走在栏杆外宽不足1m的小崖道上。\r\n</p>\r\n<p style="vertical-align:baseline;">\r\n	在清扫垃圾时，这名环卫工人拿起长钩，轻轻一挑，就把栏杆外侧的垃圾钩起。\r\n</p>', '', '峨眉山环卫工冒险捡游客垃圾 脚下宽不足一米', 1412234653, 13, 0, 1039);
