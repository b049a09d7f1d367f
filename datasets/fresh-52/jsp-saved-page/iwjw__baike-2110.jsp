<%--
  Created by IntelliJ IDEA.
  User: Administrator
  Date: 2018/3/18 0018
  Time: 10:56
  To change this template use File | Settings | File Templates.
--%>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %>

<!DOCTYPE html>
<!-- saved from url=(0032)https://www.iwjw.com/baike/2110/ -->
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <script charset="utf-8" src="./热点城市房价持续降温：很多人等降价-爱屋吉屋_files/v.js.下载"></script>

    <meta http-equiv="X-UA-Compatible" content="IE=Edge">
    <title>热点城市房价持续降温：很多人等降价-爱屋吉屋</title>
    <meta name="keywords" content="">
    <meta name="description" content="">

    <link rel="apple-touch-icon-precomposed" href="../../statics/images/logo_wx.png">
    <link rel="shortcut icon" href="https://files.iwjw.com/icon/favicon.ico">
    <meta name="baidu-site-verification" content="rO1Bqg66kn">
    <meta name="viewport"
          content="width=device-width,initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <link rel="stylesheet" href="../../statics/css/common_72.css">
    <link rel="stylesheet" href="../../statics/css/baike_61.css">
    <script src="../../statics/js/hm.js" async=""></script>
    <script type="text/javascript" async="" src="../../statics/js/vds.js"></script>
</head>
<body>
        <div class="mod-baike" id="mod-baike">


            <div class="baike-wrap clearfix">
                <div class="detail-left f-l">
                    <div class="detail-content" onselectstart="return false;">
                        <p class="detail-title bold"
                           data-id="http://files.iwjw.com/directwaterbucket/newPurchaseEncy/2017/10/13/fde82646dad344d78eecf400d79924c6">
                            ${article.title}</p>
                        <p class="subtitle">
                            <span class="block">${article.plateId}</span>
                            <span class="date"><fmt:formatDate value='${article.createDate}' pattern='yyyy.MM.dd'/></span>
                            <span class="from">来源：经济参考报</span>
                        </p>
                        <div class="content">
                            <p style="line-height:2em;margin-bottom:20px;"><span
                                    style="font-size:18px;font-family:microsoft yahei;">“十一”黄金周前，桂林、重庆、南昌、石家庄、西安等超过十个城市楼市调控再次加码。自去年9月底以来，从限购、限贷、限价、限售、限商的“五限”到“购租并举”“租售同权”，已有超百城市发布150余次楼市调控政策。</span>
                            </p>
                            <p style="line-height:2em;margin-bottom:20px;"><span
                                    style="font-size:18px;font-family:microsoft yahei;">在轮番政策影响下，十一假期期间，以一线城市为代表的全国热点城市房价持续降温。</span>
                            </p>
                            <p style="line-height:2em;margin-bottom:20px;"><span
                                    style="font-size:18px;font-family:microsoft yahei;">在北京，新房市场颇为冷清，不少楼盘的看房者显得稀稀疏疏。在位于房山长阳镇的一个项目，200套住宅即将入市。“项目交通方便，以小户型为主，适合刚需人群。本以为会十分抢手，但现在关注的人太少了。”一位销售顾问告诉记者，项目在节前就开始推广宣传，现在有购买意向的人还不到200人。</span>
                            </p>
                            <p style="line-height:2em;margin-bottom:20px;"><span
                                    style="font-size:18px;font-family:microsoft yahei;">多位业内人士认为，由于目前调控政策收紧，让一些投资投机需求的热钱逐渐退出房地产领域，购房者变得更加冷静和理性。按目前状况来看，四季度提前进入交易平淡期的可能性非常大。</span>
                            </p>
                            <p style="line-height:2em;margin-bottom:20px;"><span
                                    style="font-size:18px;font-family:microsoft yahei;">专家表示，“在政策并无松动可能的环境下，市场的回温比较有限。由于热点城市前期涨幅较大，目前依然还有下降空间，如果政策继续维持现有力度甚至加码，房价继续下跌的可能性很大。”</span>
                            </p>
                            <p style="line-height:2em;margin-bottom:20px;"><span
                                    style="font-size:18px;font-family:microsoft yahei;">“调控步伐不会停，长效机制是重头戏”，在专家看来，差别化楼市调控会继续收紧，对于政策放松的幻想应该减少，这有助于当前房地产市场的稳定和发展。他认为，在后续政策方面，租赁市场、集体建设用地、共有产权住房、融资等方面预计都会有新的政策内容。</span>
                            </p>
                            <p><br></p>
                        </div>
                    </div>
                    <div class="detail-dot">
                        <p class="dot-circle"><i class="dz iconfont if-spot"></i></p>
                        <p class="dot-desc" data-count="22"><span class="dot-text" data-id="2110">${article.likes}</span>人觉得有用</p>
                        <p class="plus-one hide">+1</p>
                    </div>
                    <div class="detail-share">
                        <i class="wx iconfont if-weixin" data-id="guangzhou/52782/2110"></i>
                        <span class="share">分享至微信</span>
                    </div>
                    <div class="close-article">
                        <h3 class="title-h4 bold">
                            <span class="title-span">相关阅读</span>
                        </h3>
                        <ul class="close-ul clearfix">
                            <li class="close-li f-l">
                                <a class="close-a" href="https://www.iwjw.com/baike/1988/">
                                    <div class="close-img-wrap">
                                        <img src="../../statics/images/link_img/8607a1f724cd41b59135aff3d92a1608.jpg"
                                             class="close-img">
                                    </div>
                                    <h4 class="read-name">我国房地产的开发投资增长速度年内首次出现回落</h4>
                                </a>
                            </li>
                            <li class="close-li f-l">
                                <a class="close-a" href="https://www.iwjw.com/baike/1994/">
                                    <div class="close-img-wrap">
                                        <img src="../../statics/images/link_img/d57944cba6eb4e55a4bd0bc46e62b810.jpg"
                                             class="close-img">
                                    </div>
                                    <h4 class="read-name">银行大幅上调首套房贷利率 这些人最受影响</h4>
                                </a>
                            </li>
                            <li class="close-li f-l">
                                <a class="close-a" href="https://www.iwjw.com/baike/1998/">
                                    <div class="close-img-wrap">
                                        <img src="../../statics/images/link_img/09edecb1af034872914d53db9cfec59b.jpg"
                                             class="close-img">
                                    </div>
                                    <h4 class="read-name">70城楼市稳中有降 热点调控城市“降温”明显</h4>
                                </a>
                            </li>
                            <li class="close-li f-l">
                                <a class="close-a" href="https://www.iwjw.com/baike/2095/">
                                    <div class="close-img-wrap">
                                        <img src="../../statics/images/link_img/a402118a167544de94aa6f7683441fcd.jpg"
                                             class="close-img">
                                    </div>
                                    <h4 class="read-name">二手市场:便宜 30 万的‘’内部转名房‘’可以买吗？</h4>
                                </a>
                            </li>
                        </ul>
                    </div>
                </div>


                <div class="right f-l">
                    <a id="ccs-topic-content" class="ccs-topic-content" href="https://www.iwjw.com/caichan/"
                       target="_blank"></a>
                    <a class="special" href="https://www.iwjw.com/baike/1741/" data-logid="8" data-is-detail="1">
                        <img src="../../statics/images/link_img/3a5811d0a5a84a099085033df8e011fd.jpg" class="special-img">
                    </a>
                    <a class="special" href="https://www.iwjw.com/baike/1177/" data-logid="5" data-is-detail="1">
                        <img src="../../statics/images/link_img/1bb768142de940458ae01957c6d2891c.jpg" class="special-img">
                    </a>
                    <div class="hot-article">
                        <h4 class="title-h4 bold"><span class="title-span">热门文章</span></h4>
                        <ul class="hot-list-wrap">
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2098/">最严调控半年：部分城市房价仍轮动上涨</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2097/">多地住房租赁体系将建
                                    一线城市近5年供应超250万套</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2093/">8月一线城市住宅成交疲软
                                    成交面积环比下降6.34%</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2088/">政策红利不断推出 租房市场驶入发展快车道</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2083/">租售同权 年轻人真的不必买房了吗？</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2078/">统计局：7月一线房价趋于稳定
                                    二三线环比涨幅回落</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2075/">央行发布7月金融数据
                                    贷款利率或将上升引发关注</a>
                            </li>
                            <li class="hot-list">
                                <a class="title-a bold" href="https://www.iwjw.com/baike/2074/">统计局：前7月房地产投资增速回落
                                    过热局面降温</a>
                            </li>
                        </ul>
                    </div>
                </div>
            </div>
        </div>
</body>
</html>
