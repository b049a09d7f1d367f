<%@ page contentType="text/html;charset=UTF-8" %>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>万能险最新结算利率出炉 最高的2款达到8%_我的网站</title>
    <meta name="keywords" content="万能,险,最新,结算,利率,出炉,最,高的,2款,"/>
    <meta name="description"
          content="针对万能险，通知明确提到，万能单独账户资产应单独管理、独立核算，同一万能单独账户管理的保单应采用同一结算利率，设立万能单独账户特别储备和向万能单独账户注资应符合规"/>
    <link href="../../skin/css/bootstrap.min.css" type="text/css" rel="stylesheet"/>
    <link href="../../skin/css/pintuer.css" type="text/css" rel="stylesheet"/>
    <link href="../../skin/css/style.css" type="text/css" rel="stylesheet"/>
    <script type="text/javascript" src="../../skin/js/jquery.min.js"></script>
    <script type="text/javascript" src="../../skin/js/bootstrap.min.js"></script>
    <script type="text/javascript" src="../../skin/js/touchslide.1.1.js"></script>
    <script type="text/javascript" src="../../skin/js/common.js"></script>
    <!--[if (gt IE 9)|!(IE)]><!-->
    <link href="../../skin/css/animate.min.css" type="text/css" rel="stylesheet"/>
    <script type="text/javascript" src="../../skin/js/wow.min.js"></script>
    <!--<![endif]-->

</head>
<body>
<!--头部开始-->
<jsp:include page="head.jsp"></jsp:include>

<div class="clear"></div>
<div id="banner"><img src="../../skin/images/a.jpg"/></div>
<div class="clear"></div>
<!--内容区开始-->
<div class="main">
    <div class="container">
        <div class="main_top"><span>当前位置：</span>
            <ul>
                <li><a href='../../Home.jsp'>主页</a> > <a href='../home-zx.jsp'>资讯中心</a> > <a href='../caifuanli.jsp'>财富案例</a>
                    >
                </li>
            </ul>
            <div class="span2"></div>
        </div>
        <div id="left">
            <div class="left_list">
                <div class="left_top">
                    <h3>资讯中心</h3>
                </div>
                <div class="left_con">
                    <div class="type_list">
                        <ul>
                            <li class="first_cat"><a href='../hangyexinwen.jsp' title='行业新闻'>行业新闻</a></li>
                            <li class='first_cat'><a href='../caifuanli.jsp' class='current'>财富案例</a></li>
                            <li class="first_cat"><a href='../caijingjujiao.jsp' title='财经聚焦'>财经聚焦</a></li>
                            <li class="first_cat"><a href='../pingtaigonggao.jsp' title='平台公告'>平台公告</a></li>
                        </ul>
                    </div>
                </div>
            </div>
        </div>

        <div id="right">
            <div id="right_top">
                <h3><a href=''>财富案例</a></h3>
            </div>
            <div id="right_con">
                <div class="articleTitle">万能险最新结算利率出炉 最高的2款达到8%</div>
                <div class="articleAuthor">
                    <span>来源：未知</span>
                    <span>作者：admin</span>
                    <span>日期：2017-12-20 </span>
                    <span>浏览：</span>
                </div>
                <div class="articleInfo"><p>
                    针对万能险，通知明确提到，&ldquo;万能单独账户资产应单独管理、独立核算，同一万能单独账户管理的保单应采用同一结算利率，设立万能单独账户特别储备和向万能单独账户注资应符合规定条件，当万能账户实际投资收益率连续3
                    个月小于实际结算利率且特别储备不能弥补其差额时，应按照相关规定调整当月实际结算利率。&rdquo;</p>
                    <p>
                        针对保险产品期限错配的问题，保监会还要求保险公司按照产品期限报送2015年度、2016年度以及截至2016年末的存量业务等数据。</p>
                    <p>
                        从获得的数据来看，虽然一些业务&ldquo;激进型&rdquo;险企去年12月份的万能险结算利率较高，但今年开门红期间，部分险企已经开始主动下调预期收益。</p>
                    <p>
                        数据显示，包括上市公司及举牌&ldquo;专业户&rdquo;在内的十余家险企，对2017年开门红期间(首季度/1月份)销售的万能险销售额度进行了限制，并下调了万能险预期收益，多险企1年期到3年期的万能险产品预期年化收益率降至3%左右。</p>
                    <p>
                        多券商预计今年万能险规模下滑</p>
                    <p>
                        近期，平安证券、长江证券、海通证券、中债资信等多家研究机构预计，2017年，万能险将迎来转折点，保费与增速将出现下滑。</p>
                    <p>
                        近年来，我国万能险规模快速增长，2015年万能险保费增速达到95.2%，而2016年1-11月以万能险为主的保户投资款累计新增交费规模已经达到1.1万亿元，占人身险规模保费的比例达34.0%。
                        在这一情况下，万能险的风险也逐渐显现，一是负债久期低于资产久期的错配风险，二是万能险营销成本较高，大多在短期内退保，可能会给保险公司带来较大的现金流压力。</p>
                    <p>
                        平安证券非银团队分析，去年保监会陆续出台一系列政策对万能险进行监管，一些险企已经开始主动调整万能险利率，这都将会对2017年保费收入增幅产生较大负面影响。监管政策的核心是将万能险长期化，对中短存续期产品实施更加严格的总量控制。从2016年5月份起，万能险每月新增保费量明显下滑，预计2017
                        年万能险的总体规模可能会略有收缩。</p>
                    <p>
                        &ldquo;部分保险公司本身掌握着具有较高收益的项目，通过承保端的快速扩充保费规模来实现筹集资金的目的。监管政策方面，中短存续期业务的政策导向明朗，主要针对的万能险占比较高的险企，为限制其规模过度扩张而进行控制，不断出台监管政策。总体而言，万能险未来将在直接政策指导下及相关市场环境等多方面的因素共同作用下，规模及结算利率预计都将逐渐下降。&rdquo;中债资信在近期发布的研报中预测称。</p>
                    <p>
                        海通证券分析报告也指出，中小险企保费主要来源是万能险等中短存续期业务，保监会持续强化万能险监管，显著降低了中小保险公司高负债成本的新增保费，对于疯狂举牌的保险机构而言，无疑切断了其&ldquo;弹药供给&rdquo;。</p>
                </div>
                <div class="pageUpDown"> 上一篇：<a href='25.jsp'>安度晚年该准备多少钱？</a> <br/>
                    下一篇：<a href='27.jsp'>保险理赔典型案例：“举证不能”如何调解</a></div>
                <div class="title"><span>相关文章</span></div>
                <div class="articleList">
                    <ul>
                        <li><span class='time'>2017/12/20</span><a href='29.jsp'
                                                                   title='高风险职业投保团险 未如实告知将依法拒'>高风险职业投保团险 未如实告知将依法拒</a>
                        </li>
                        <li><span class='time'>2017/12/20</span><a href='28.jsp'
                                                                   title='保险理赔典型案例：无索赔单证原件不予'>保险理赔典型案例：无索赔单证原件不予</a>
                        </li>
                        <li><span class='time'>2017/12/20</span><a href='27.jsp'
                                                                   title='保险理赔典型案例：“举证不能”如何调'>保险理赔典型案例：“举证不能”如何调</a>
                        </li>
                        <li><span class='time'>2017/12/20</span><a href='26.jsp'
                                                                   title='万能险最新结算利率出炉 最高的2款达到'>万能险最新结算利率出炉 最高的2款达到</a>
                        </li>
                        <li><span class='time'>2017/12/20</span><a href='25.jsp'
                                                                   title='安度晚年该准备多少钱？'>安度晚年该准备多少钱？</a></li>

                    </ul>
                </div>
            </div>
        </div>
    </div>
</div>
<!--内容区结束-->
<div class="clear"></div>
<jsp:include page="foot.jsp"></jsp:include>

<!--版权区结束-->
</body>
</html>