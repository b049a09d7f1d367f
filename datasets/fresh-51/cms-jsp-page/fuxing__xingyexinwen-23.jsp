<%@ page contentType="text/html;charset=UTF-8" %>
<%@ page language="java" import="java.util.*" pageEncoding="utf-8"%>
<%@ taglib prefix="s" uri="/struts-tags"%>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>二胎来临，如何做好未来家庭的保障计划？_我的网站</title>
<meta name="keywords" content="二胎,来临,如何,做好,未来,家庭,的,保障,计划," />
<meta name="description" content="由以上五幅图可以看出保险公司越大，业务量越多，它所涉及的投诉量就越高，尤其是国寿，太平洋和平安等，都是名列前茅，要优秀的业绩又要保证零投诉似乎是不可完成的任务，自" />
<link href="../../skin/css/bootstrap.min.css" type="text/css" rel="stylesheet" />
<link href="../../skin/css/pintuer.css" type="text/css" rel="stylesheet" />
<link href="../../skin/css/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="../../skin/js/jquery.min.js"></script>
<script type="text/javascript" src="../../skin/js/bootstrap.min.js"></script>
<script type="text/javascript" src="../../skin/js/touchslide.1.1.js"></script>
<script type="text/javascript" src="../../skin/js/common.js"></script>
<!--[if (gt IE 9)|!(IE)]><!-->
<link href="../../skin/css/animate.min.css" type="text/css" rel="stylesheet" />
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
        <li><a href='../../Home.jsp'>主页</a> > <a href='../home-zx.jsp'>资讯中心</a> > <a href='../hangyexinwen.jsp'>行业新闻</a> > </li>
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
          <li class='first_cat'><a href='../hangyexinwen.jsp' class='current'>行业新闻</a></li>
          <li class="first_cat"><a href='../caifuanli.jsp' title='财富案例'>财富案例</a></li>

          <li class="first_cat"><a href='../caijingjujiao.jsp' title='财经聚焦'>财经聚焦</a></li>

          <li class="first_cat"><a href='../pingtaigonggao.jsp' title='平台公告'>平台公告</a></li>
          
        </ul>
      </div>
    </div>
  </div>
</div>

    <div id="right">
      <div id="right_top">
        <h3><a href=''>行业新闻</a></h3>
      </div>
      <div id="right_con">
        <div class="articleTitle">二胎来临，如何做好未来家庭的保障计划？</div>
        <div class="articleAuthor"><span>来源：未知</span><span>作者：admin</span><span>日期：2017-12-20 </span><span>浏览：<font class="countnum"><script src="/9/plus/count.php?view=yes&aid=23&mid=1" type='text/javascript' language="javascript"></script></font></span></div>
        <div class="articleInfo"> <p>
	由以上五幅图可以看出保险公司越大，业务量越多，它所涉及的投诉量就越高，尤其是国寿，太平洋和平安等，都是名列前茅，要优秀的业绩又要保证零投诉似乎是不可完成的任务，自2017年6月28日发布以来已经过去了近6各月，真正实行时间是上个月2017年11月1日，至现今也一个月有余，那到底实施的如何呢?接下来详细解析一下这个办法：</p>
<p>
	第二条 本办法所称保险销售行为可回溯，是指保险公司、保险中介机构通过录音录像等技术手段采集视听资料、电子数据的方式，记录和保存保险销售过程关键环节，实现销售行为可回放、重要信息可查询、问题责任可确认。</p>
<p>
	小编根据此条列举一些要点仅供参考：</p>
<p>
	1. 图像应该清晰可见，无杂音;这就需要相对安静的场所，并且光线尽可能明亮，能清晰辨认证件、人物特征及其保单和签字等信息。</p>
<p>
	2. 手机要求像素高一些;手机像素直接关系到人物清晰度，老款的手机要么像素低，在环境复杂下难以辨认，要么就是录音不好，所以对手机有一定要求。</p>
<p>
	3. 录像录音片段完整连续;</p>
<p>
	4. 录像录音要备份;</p>
<p>
	5. 客户如果只会方言也应该用方言为客户解释;</p>
<p>
	6. 被保险人和投保人不是同一人，也应该录制被保险人同意其投保;</p>
<p>
	7. 文件的第六条详细描述了视听资料的内容，里面讲诉的内容大多数都为条款内容，相当于跟客户进行条款背书。</p>
 </div>
        <div class="pageUpDown"> 上一篇：<a href='22.jsp'>港险全攻略之理赔时，香港保险公司如何调</a> <br/>
          下一篇：<a href='24.jsp'>高净值家庭70%收益来自资产配置</a> </div>
        <div class="title"><span>相关文章</span></div>
        <div class="articleList">
          <ul>
            <li><span class='time'>2017/12/20</span><a href='../caifuanli/29.jsp' title='高风险职业投保团险 未如实告知将依法拒'>高风险职业投保团险 未如实告知将依法拒</a></li>
<li><span class='time'>2017/12/20</span><a href='../caifuanli/28.jsp' title='保险理赔典型案例：无索赔单证原件不予'>保险理赔典型案例：无索赔单证原件不予</a></li>
<li><span class='time'>2017/12/20</span><a href='../caifuanli/27.jsp' title='保险理赔典型案例：“举证不能”如何调'>保险理赔典型案例：“举证不能”如何调</a></li>
<li><span class='time'>2017/12/20</span><a href='../caifuanli/26.jsp' title='万能险最新结算利率出炉 最高的2款达到'>万能险最新结算利率出炉 最高的2款达到</a></li>
<li><span class='time'>2017/12/20</span><a href='../caifuanli/25.jsp' title='安度晚年该准备多少钱？'>安度晚年该准备多少钱？</a></li>

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