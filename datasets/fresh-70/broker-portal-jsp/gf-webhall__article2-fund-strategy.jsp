<%@ page contentType="text/html; charset=utf-8" language="java" import="java.sql.*" errorPage="" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>广发证券</title>
<link href="/css/global.css" rel="stylesheet" type="text/css" />
<link href="/css/wsyyt/wsyyt.css" rel="stylesheet" type="text/css" />
<script src="/js/setTab.js"></script>
</head>

<body class="body_bg">
<jsp:include page="/commons/top.jsp" />
<div class="wjdc_box">
  <p class="wjdc"><a href="javascript:void(0)"><img src="/pic/index/wzdc.jpg"/></a></p>
</div>
<div class="main">
  <div class="dqwz">当前位置：首页 > 网上营业厅 > 我的理财中心 &gt; 我的咨询服务</div>
  <jsp:include page="/wsyyt/financing_submenu.jsp" />
  <div class="blank5"></div>
</div>
<div style="margin:0 auto; width:920px">
    <div class="left_tit2"><span class="pjcp"><a href="#">我要评价此产品</a></span>金管家基金投资策略</div>
    <div class="wzinfo">
    	<h3>12月23日广发金管家基金投资策略</h3>
        <h6>信息来源：广发证券 日期：2010-12-23 作者：[李燕华] </h6>
        <p>基金投资要点：上周市场大幅下跌，市场的大幅下跌使得前期市场上涨积累的风险获得了释放。我们认为此次调整是题材股、概念股过度炒作的修正，并不意味着股指继续上升的终结。尽管上周市场出现较大幅度调整，但我们认为中国经济复苏的趋势并没有改变，股市将继续维持宽裕的流动性，市场中期上涨的基础并没有发生变化。 短期来看，目前对明年的经济政策定调还没明朗，市场对此可能产生等待心态，回避政策风险；而年底的各种因素可能会使得市场短期出现出震荡格局。在基金的配置上，延续我们前期所强调的，关注选股能力突出的基金。同时，短期内可以从实际业绩增长和估值优势的角度关注行业配置侧重于内需和通胀受益的基金。目前传统偏股型封闭式基金平均折价率为22.13%，折价率的隐含年化收益率平均为5.64%，与上周相比有所上升，整体水平处于过去一年的相对低位。今年封基的四季度“分红”预期对封基市场价格推动明显，目前的折价水平已经能够反应分红预期，封基的吸引力已经在逐渐下降，将来的净值走势更多取决于股票市场的走势，建议根据对市场的判断谨慎参与。 基金市场动态：中国证券业协会正式发布了专门针对基金业的技术指引-《网上基金销售信息系统技术指引》，规范的主体包括基金管理公司、商业银行、证券公司、证券投资咨询机构、专业基金销售机构等，其网上基金系统建设和运行管理都将参照该指引的要求。上周有12只基金处于发行状态，11只为偏股型基金，4只为指数型型；上周有2只基金的基金经理发生变更，3只新基金成立，均为偏股型基金。成立规模约为122亿元。 
</p>
	  <div style="height:30px"></div>
        <div>【附件】</div>
        <div class="blank10"></div>
        <p><a href="#" class="font_czh">★★★广发证券-12月23日广发金管家基金投资策略-李燕华.pdf </a></p>
        <div style="height:30px"></div>
        <div align="center"><input type="button" value="关闭窗口" /></div>
    
    </div>

  </div>

<jsp:include page="/commons/bottom.jsp" />

</body>
</html>