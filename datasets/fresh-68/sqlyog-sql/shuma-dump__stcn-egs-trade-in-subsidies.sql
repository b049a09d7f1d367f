/*
SQLyog  v12.2.6 (64 bit)
MySQL - 5.5.37 : Database - shuma
*********************************************************************
*/

/*!40101 SET NAMES utf8 */;

/*!40101 SET SQL_MODE=''*/;

/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
CREATE DATABASE /*!32312 IF NOT EXISTS*/`shuma` /*!40100 DEFAULT CHARACTER SET utf8 */;

USE `shuma`;

/*Table structure for table `xinwen` */

DROP TABLE IF EXISTS `xinwen`;

CREATE TABLE `xinwen` (
  `id` varchar(64) NOT NULL,
  `name` varchar(100) DEFAULT NULL,
  `content` text,
  `time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Data for the table `xinwen` */

insert  into `xinwen`(`id`,`name`,`content`,`time`) values 
('aaa1509351807095148546','消费品以旧换新迎政策利好，多家电商平台抛出大额补贴','<p style=\"overflow-y: auto; max-width: 100%; line-height: 30px; margin-top: 0px !important; margin-bottom: 0px !important; padding: 0px !important;\">新一轮消费品以旧换新近期成为各方关注的焦点，在相关政策暖风频吹背景下，包括京东、天猫等头部电商相继抛出“真金白银”，通过大额补贴拉动换新消费。</p><p style=\"overflow-y: auto; max-width: 100%; line-height: 30px; margin-top: 0px !important; margin-bottom: 0px !important; padding: 0px !important;\">在3月14日开幕的2024年中国家电及消费电子博览会上，京东宣布将在2024年联合更多品牌投入30亿元，持续加码家电家居以旧换新补贴及服务体验升级。2024年，预计在京东参与家电家居以旧换新的用户数将超过2000万，通过以旧换新回收的家电家居旧物数量将超过3000万台。</p><p style=\"overflow-y: auto; max-width: 100%; line-height: 30px; margin-top: 0px !important; margin-bottom: 0px !important; padding: 0px !important;\">京东零售家电家居生活事业部负责人在发言中表示，随着多项促消费利好政策的密集出台、政策细则逐步落地，消费者选购家电产品的积极性将显著提升，家电行业即将迎来巨大的市场机会，家电行业的新拐点已经到来，家电以旧换新势在必行。</p><p style=\"overflow-y: auto; max-width: 100%; line-height: 30px; margin-top: 0px !important; margin-bottom: 0px !important; padding: 0px !important;\">3月13日，苏宁易购宣布升级全民焕新节优惠力度，加码以旧换新百亿补贴，大家电及手机电脑等主流品类全面覆盖；3月8日，天猫表示2024年将联合商家共同投入5亿元，加码以旧换新补贴，扩大商品补贴范围及力度。此外，在家电数码基础上，扩大以旧换新覆盖到家装家居品类，新增覆盖商品超10万。</p><p style=\"overflow-y: auto; max-width: 100%; line-height: 30px; margin-top: 0px !important; margin-bottom: 0px !important; padding: 0px !important;\">“电商平台相对于传统线下实体零售来说，其在对接供需上的效率更高，且以旧换新通过电商能够更快落地，所以电商能够为以旧换新政策赋能。”知名经济学者盘和林对证券时报·e公司记者表示。</p><p style=\"overflow-y: auto; max-width: 100%; line-height: 30px; margin-top: 0px !important; margin-bottom: 0px !important; padding: 0px !important;\">除了电商平台外，头部家居卖场也在火速行动。比如，红星美凯龙家居集团近期在全国多地加码启动家电、家具大宗消费品以旧换新。该公司执行总裁朱家桂称，家电、家具以旧换新市场潜力巨大，这次政策出台后，行业标准更明确，回收体系更加完善。政策强调了资源的有效利用，鼓励消费者将旧家电和家具交给专业回收机构处理，有助于推动家具家电行业的绿色高质发展，对激活存量经济也有十分积极的意义。</p><p><br/></p>','2024-03-17 12:23:16');

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;
