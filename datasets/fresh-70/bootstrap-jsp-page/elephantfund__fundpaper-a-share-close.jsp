<%@ page language="java" contentType="text/html; charset=utf-8"
	pageEncoding="utf-8"%>
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">

<%@ include file="bootstrap.jsp"%>

<%@ include file="css.jsp"%>

<title>大象基金_基金要闻</title>
</head>
<body>

	<%@ include file="nav.jsp"%>

	<div class="row paperbkgdiv"></div>

	<div class="container">

		<!-- 面包屑导航 -->
		<nav aria-label="breadcrumb">
			<ol class="breadcrumb">
				您所在位置 ：
				<li class="breadcrumb-item"><a href="Index">大象基金</a></li>
				<li class="breadcrumb-item"><a href="Index">大盘指数</a></li>
				<li class="breadcrumb-item active" aria-current="page">基金要闻</li>
			</ol>
			<hr>
		</nav>


		<!-- 文章标题 -->
		<div class="row">
			<h3>A股三大指数缩量收跌：创业板指跌1% 可转债行情持续火爆</h3>
		</div>

		<!-- 文章发表时间和文章来源 -->
		<div class="row">
			<p class="graytext">2020年10月22日 15:00 | 来源：东方财富研究中心</p>
		</div>

		<!-- 正文 ，包括图片和文字 -->
		<div class="row">
		
			<p>　　A股三大指数今日延续弱势表现，最终集体收跌，其中沪指下跌0.38%，收报3312.50点；深成指下跌0.53%，收报13396.18点；创业板指跌幅达到1%，收报2673.59点。市场成交量萎缩，两市合计成交6637亿元，行业板块涨少跌多，酿酒板块领涨，疫苗板块领跌，券商板块尾盘异动。北向资金今日净卖出27.48亿元。</p>
		</div>
		<div class="row">
			<figure class="figure paperfig">
				<img src="img/paperPic/pp1.png" class="figure-img img-fluid rounded"
					alt="A generic square placeholder image with rounded corners in a figure.">
				<figcaption class="figure-caption text-right">沪指下跌0.38%，收报3312.50点</figcaption>
			</figure>
		</div>

		<div class="row">
			<figure class="figure paperfig">
				<img src="img/paperPic/pp2.png" class="figure-img img-fluid rounded"
					alt="A generic square placeholder image with rounded corners in a figure.">
				<figcaption class="figure-caption text-right">深成指下跌0.53%，收报13396.18点</figcaption>
			</figure>
		</div>

		<div class="row">
			<figure class="figure paperfig">
				<img src="img/paperPic/pp3.png" class="figure-img img-fluid rounded"
					alt="A generic square placeholder image with rounded corners in a figure.">
				<figcaption class="figure-caption text-right">创业板指跌幅达到1%，收报2673.59点</figcaption>
			</figure>
		</div>

		<div class="row">
			<p>　　值得注意的是，可转债市场延续了近期的火爆行情，正元转债收盘大涨176.41%，银河转债大涨73.22%，智能转债大涨31.30%。</p>
			<p>　　对于后市大盘走向，机构纷纷发表看法。</p>
			<p>　　林园投资董事长林园认为，大盘再创年内新高应该不难达到。因为现在距离新高也不是很远，这种概率还是挺大的。现在A股还在走牛市，往牛市方向发展。并没有对以前的判断做出调整，现在还是牛市初期。牛市初期的特征是板块轮动，就是有的板块有表现，有的板块歇一歇再表现。最近，有一些大市值的板块也出现上涨，能够轮动。这就说明A股目前是在牛市初期阶段运行的。在这期间，很大一部分股票都有机会，只是时间的问题。所以，如果主流产品能够不断地创出阶段性新高的话，股市整体是会创出新高的。</p>
			<p>　　大成基金认为，四季度盈利上行更为确定，而流动性则处于从“货币信用弱双宽”到“稳货币稳信用”的过渡期，而盈利弱修复叠加流动性宽松正是对权益资产偏友好的组合。展望今年剩余时间，金融条件的宽松节奏与幅度决定A股走势，预计四季度A股以震荡为主，走“平台蓄势”路线。</p>
			<p>　　银河基金对市场持相对中性的看法，认为虽然长逻辑上居民财富搬家的趋势或将仍然存在，但也看到市场主线面临估值回调、风险偏好回落的可能，同时股债相对性价比回归中性。接下来一段时间，市场核心聚焦于经济复苏预期提升后，市场结构是否会发生变化，同时谨防疫情二次复发以及外部因素对市场的冲击。</p>
			<p>　　山西证券表示，目前市场上机构普遍对第四季度A股表现持乐观态度，从宏观经济角度上来看，复苏主线不改，中长期维持A股震荡向上走势判断。指数方面继续看好科创50指数中期表现，建议投资者在控制风险的前提下逢低介入。</p>
			<p>　　招商基金表示，未来一个月，预计全球金融市场的波动率仍维持在高位。但考虑到国内经济持续复苏、金融地产等权重股估值仍在低位，A股预计仍以蓄势震荡为主。</p>
			<p>　　天风证券指出，国内政策和基本面偏暖，指数逐步振荡修复，继续维持市场反弹的判断。短期资金对市场的扰动逐步消退，市场稳定性提升，龙头化依然是中长期资金聚焦的方向。受十四五规划预期以及行业基本面推动，顺周期制造业方向表现优异。消费电子关注下周及双十一的销售情况，其他个股机会围绕三季报展开。继续看好军工、光伏、新能源车、汽零、消费电子等。</p>
		</div>
		
		<div class="row">
			<img alt="ElephantmoneyFund" src="img/elephantmoney.png" style="display:block;margin:0% 0% 0% 80%;width:18%;">
		</div>
		
		<div class="row">
			<p>上一篇：<a href="#">可转债再现疯狂炒作 业内人士称行情或一周内结束</a></p>
			<p>上一篇：<a href="#">【今日盘点】创业板指跌1%，白酒主题基金逆势上涨；市场金针探底，A股的十字路口该怎么走？</a></p>
		</div>
	</div>

	<%@ include file="footer.jsp"%>
</body>
</html>