<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<%@taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>无标题文档</title>
<link rel="stylesheet" type="text/css" href="style/css.css" />
<link rel="stylesheet" type="text/css" href="style/cons.css" />

<script src="js/jquery-1.6.4.min.js"></script>
<script src='js/main.js'></script>
</head>

<body>

<div class="warp w_topLine"></div>

<jsp:include page="header.jsp" />

<div class="conWarp marginTop45">

     <div class="banner1">   <img src="images/banner1.jpg">  </div>

     <div class="daohang_2">
         <div class="bordersolid"><span class="font_lan">新闻中心</span></div>
         <div class="daohang_title margintop15">
         <a href="#">
           <div class="jiantou"><img border="0" src="images/jiantou.png"></div>
           <span id="qydtmark" class="f_yh14">企业动态</span>
         </a></div>
         <div class="daohang_title">
         <a href="#">
           <div class="jiantou"><img border="0" src="images/jiantou.png"></div>
           <span id="mtsdmark" class="current f_yh14">媒体视点</span>
         </a></div>
         <div class="daohang_title2">
         <a href="#">
           <div class="jiantou"><img border="0" src="images/jiantou.png"></div>
           <span id="hyyjmark" class="f_yh14">行业研究</span>
         </a></div>
     </div>
     
     
     <div class="newsList">
     
          <h1 class="titH2"> <span style="width:600px; display:inline-block;">北京4月商品住宅成交呈现"双降"</span><span style="font-size:12px;">[2014-05-04]</span></h1>
          
          
              <div class="margintop30 duanluo font_hui_14">
              
                <p>&nbsp;&nbsp;&nbsp; 根据地产市场研究部的统计数据，扣除保障房后，北京4月纯商品住宅成交4258套，比3月同期下降18.4%，比去年4月份下降18.1%。成交均价也出现明显下调，仅为每平方米2.5万元左右，环比上月下降超过10%。</p>
                
                <p>&nbsp;&nbsp;&nbsp; 地产市场研究部分析师认为，4月份商品住宅成交大幅回落，一部分原因是受到假期影响，更重要的是政策和市场预期直接抑制了大量需求。信贷政策持续收紧使得购房难度不断升级，自住型商品住房政策也吸引了大量购房人群。尤其4月份两个自住型商品住房项目入市，延缓了刚需购房者向商品房市场释放的节奏。</p>
                
                <p>&nbsp;&nbsp;&nbsp; 专家指出，一段时间以来，全国房地产市场呈现下调趋势，房地产投资增速明显下滑，房价下调城市数量持续增加。房价下降的预期在购房人群中有所加深。如果市场没有明显回暖，这种深度观望情绪或将持续较长时间。</p>
                
                <p>&nbsp;&nbsp;&nbsp; 根据地产市场研究部的统计数据，北京4月均价在每平方米2万元以下的的纯商品房成交占比达到36.62%，比上个月增加约22个百分点。张旭表示，低价刚需盘成为4月份的成交主力，中高端楼盘占比降低。除了推盘类型、节奏、需求观望等因素，当前二手房市场的冷淡，也让改善性置业受到抑制。</p>
                
                <p>&nbsp;&nbsp;&nbsp; "与北京二手住宅市场的价格表现一致，纯商品住宅价格逐渐显现下调迹象。"房地产研究人员表示说，"如果短期内需求观望没有明显缓解，将会有更多的开发企业启动'以价换量'的销售模式"。</p>
                
             </div> 
     
     </div>
    
    

</div>

<jsp:include page="footer.jsp" />

</body>
</html>

