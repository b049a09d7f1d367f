<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>宝钢有意参与中铝和力拓几内亚铁矿项目- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>

<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/supplierzx/supplierzx.jsp" title="供应商资讯" class="cmsHref_self">供应商资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/supplierzx/ff8080813008ca4701301f7e26520589.jsp" title="宝钢有意参与中铝和力拓几内亚铁矿项目" class="cmsHref_self">宝钢有意参与中铝和力拓几内亚铁矿项目</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f71f9460134" />
				<div class="frameNews">
					<h1>宝钢有意参与中铝和力拓几内亚铁矿项目</h1>
					<div class="source">
						<span>发布时间：2011-05-24</span>
						<span>发布人：-  </span>
					</div>
					<p><p>宝钢集团有限公司(下称宝钢集团)董事长徐乐江日前表示，&ldquo;非常有兴趣&rdquo;参与力拓和中国铝业在几内亚的合资铁矿石项目，并称中铝是铁矿石贸易商，非钢铁制造商，因此他们希望找到一家钢厂作为合资伙伴。&ldquo;宝钢集团非常有兴趣参与此项投资。&rdquo;</p>
<p>力拓上个月表示，位于几内亚的西芒杜铁矿项目是世界上最大的未开发铁矿，总投资预计100亿美元，&ldquo;宝钢的参与将会为将来铁矿石需求下降时提供稳定的市场。&rdquo;</p>
<p>摩根大通认为，参照必和必拓在西澳的铁矿石项目，预计西芒杜项目总花费最终会达到190多亿美元。</p>
<p>几内亚西芒杜项目为力拓和中铝合资。2010年7月，双方签署协议成立合资公司，根据协议，中国铝业将在未来数年分阶段投入13.5亿美元，最终获得合资公司47%的股权。</p>
<p>据公开报道，该项目年产铁矿石9500万吨，计划2015年开工，还计划建设650公里的通往港口的铁路，包括21公里的铁路隧道。中铝将联合中国中铁和中国中交集团进行铁路建设。截至目前，力拓已经支付了7亿美元给几内亚政府。</p>
<p>5月17日，天津港62%品位的铁矿石价格已经涨至178美元/吨。&ldquo;飙升的铁矿石价格促使大家都去开矿，而这些投资终究会改变供求关系。&rdquo;徐乐江认为。</p>
<p>2009年，宝钢集团以2.86亿澳元(约合18亿元人民币)收购了澳大利亚上市公司阿奎拉(AU：AQA)15%股权，成为其第二大股东。</p>
<p>2011年宝钢集团斥资1740万加元(约合1.2亿元人民币)从Noront Resources收购9.9%的股份，相当于每股0.86加元。Noront Resources是加拿大的镍和铬铁矿勘探公司，在其勘探的矿区中，已经发现了镍、铬、铜、铂和钯等矿产品，镍和铬铁都是不锈钢炼钢的原材料。</p>
<p>徐乐江曾透露，宝钢集团仍在考虑铁矿资源的全球布局，并将非洲、加拿大、南美等作为首要考虑的地区。</p>
</p>
				</div>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>