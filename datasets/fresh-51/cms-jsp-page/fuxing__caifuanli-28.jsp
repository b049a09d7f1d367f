<%@ page contentType="text/html;charset=UTF-8" %>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>保险理赔典型案例：无索赔单证原件不予理赔_我的网站</title>
    <meta name="keywords" content="保险理赔,典型案例,无,索赔,单证,原件,不予,"/>
    <meta name="description"
          content="原件主要指文件中，具有原始法律效益，特别指盖章的文件，包括有档案原件，户口原件、保密文件、商标原件、限制文件、法律原件和其他文件原件等。而作为索赔依据，保险公司均"/>
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
                <div class="articleTitle">保险理赔典型案例：无索赔单证原件不予理赔</div>
                <div class="articleAuthor">
                    <span>来源：未知</span>
                    <span>作者：admin</span>
                    <span>日期：2017-12-20 </span>
                    <span>浏览：</span>
                </div>
                <div class="articleInfo">
                    原件主要指文件中，具有原始法律效益，特别指盖章的文件，包括有档案原件，户口原件、保密文件、商标原件、限制文件、法律原件和其他文件原件等。而作为索赔依据，保险公司均要求索赔时提供原件。近日，人保财险浙江省海盐支公司就针对一起无法提供索赔单证原件，二次治疗时间超过保险延展期的意外险案件作出裁定，不予赔偿。&nbsp;<br/>
                    &nbsp;&nbsp;&nbsp;
                    早在2012年4月14日，在海盐武原街道北荡佳苑小区发生了一起农村建房施工人员意外摔伤事件。事主陈某于2011年8月17日向人保财险海盐支公司投保期限一年的建筑施工人员意外伤害保险，在出险当日，陈某向该公司报了案。&nbsp;<br/>
                    &nbsp;&nbsp;&nbsp;
                    2014年2月26日，陈某向人保财险海盐支公司提出索赔申请，并提交了伤者王某的病历、住院清单和医疗费发票等材料。理算人员在审核单证时发现了两处疑点，一是陈某提交的伤者病历资料全部是复印件，且发票也非原件而是医院出具的打印件；二是伤者王某曾两次治疗，第二次治疗时间已超过保险期间届满200天，不符合保险延展期的相关规定。&nbsp;<br/>
                    &nbsp;&nbsp;&nbsp;
                    据了解，王某的伤情为左跟骨粉碎性骨折，2012年4月14日在海盐中医院治疗两天后转富阳骨科医院手术治疗，同年5月8日伤愈出院。因感觉受伤部位仍有疼痛，王某遂于2013年4月22日再次入住富阳骨科医院进行二期手术治疗，两次治疗共花费医疗费2.8万余元。&nbsp;<br/>
                    &nbsp;&nbsp;
                    在调查中，理算人员要求陈某提供伤者病历和医疗费发票原件，并告知即使原件已用于其他途径的财务报销，也可提供相关已报销的凭证。当理算人员明确告知不提供原始证明材料不能赔偿时，陈某仍坚持不透露原件的去向。&nbsp;<br/>
                    &nbsp;&nbsp;&nbsp;
                    与此同时，理算人员通过对伤者王某第二次手术治疗时间的进一步核实，确认其治疗时间为保单合同约定保险责任终止后的第248天，不符合建筑施工人员意外伤害保险条款对保险期间届满被保险人仍住院治疗，保险期限延展期最长为90天的规定。&nbsp;<br/>
                    &nbsp;&nbsp;&nbsp; 依据保险条款和理赔相关规定，人保财险海盐支公司对此案做出不予赔偿的决定。陈某对该处理决定表示接受，同意撤案。
                </div>
                <div class="pageUpDown"> 上一篇：<a href='27.jsp'>保险理赔典型案例：“举证不能”如何调解</a>
                    <br/>
                    下一篇：<a href='29.jsp'>高风险职业投保团险 未如实告知将依法拒赔</a></div>
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