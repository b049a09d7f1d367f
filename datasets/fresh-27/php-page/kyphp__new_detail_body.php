<link href="./res/end.css" rel="stylesheet" type="text/css">

<div class="wrap">

<!-- 一屏 -->
<div class="conBox">
<div class="leftBox">
<!-- 详细开始 -->
<div class="border">
<div class="divCon bg008" style="padding-bottom:25px;">
					<h1>经济增速回落通胀依然高企 紧缩政策面临两难</h1>
					<div>时间： 2011-05-06 09:29:45  | 文章来源： 第一财经日报  </div>
					

					<p>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;各种迹象显示，中国经济增速开始回落。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;4月份“第一财经首席经济学家调研”发布的5月“第一财经首席经济学家信心指数”为52.2%，较4月(53%)下降0.8个百分点，表明机构认为5月经济增速将趋缓。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;“第一财经首席经济学家信心指数”参照制造业采购经理指数(PMI)编制，以50%为临界值，信心指数高于50%表明经济景气。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;本次调研同时显示，即将公布的4月中国经济增速数字也将回落。接受调研的经济学家预计，4月除社会消费品零售总额同比增速持平(17.4%)外，工业增加值和前4个月固定资产投资同比增速都将出现小幅下降，分别由此前的14.8%和25%回调至14.6%和24.7%；与此同时，4月出口增速也将由3月的35.8%大幅回落至29.3%。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;与本次调研结果一致，刚刚公布的官方PMI指数也释放了类似的信号。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;据国家统计局的数据，中国4月份的PMI从3月份的53.4下降至52.9，为中国PMI指数7年历史中最低的4月份水平，低于市场预期。其11个分项指标几乎全部走弱，其中新订单分项指标从3月份的55.2降至53.8，表明未来内需可能放缓增长；新出口订单分项指标从3月份的52.5 降至51.3，表明海外市场的复苏仍相对疲软。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;4月PMI数据本月3日公布后，再度引发了关于中国经济增速是否会持续放缓甚至出现硬着陆的讨论。野村证券发布的名为《中国：4月官方PMI指数令人失望》的报告称，新订单和积压订单分项指标的下跌，表明中国制造业的扩张步伐可能会在未来几个月放缓。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;基于对中国经济走势的关注，路透中文网站昨日刊登了有关中国2011年GDP增速的调查结果，综合19家接受调查的国内外机构的意见，路透社预计中国今年GDP将增长9.5%，从季度GDP预估中值来看，经济增速或于今年余下3个季度保持在9.4%，低于一季度的9.7%，明年还将稍有回落。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;很多市场人士把疲软的数据归因于政府的紧缩政策。比如，野村证券提出导致各项指数下降的三个因素之一就是“由于政府维持紧缩的政策，银行更加谨慎的放贷行为导致基建项目支出增长更加缓慢”。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;中金公司首席经济学家彭文生在接受调研时表示，“PMI在4月份下降，显示以货币条件收紧为主要标志的紧缩性宏观政策的影响已经从消费等需求端向以投资和制造业为中心的供给端扩展”，紧缩政策对CPI涨幅的抑制作用有望在三季度显现，通胀压力将由此逐步下降。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;目前，关于紧缩政策是否会松动的猜测再度出现。交银国际中国区首席经济学杨青丽表示：“PMI已连续两个月低于市场预期，说明宏观紧缩政策正在使经济降温，近期政策紧缩力度可能不会继续强化；另一方面，通胀高点可能尚未过去，因此政策也不大可能放松。总之，维持现有政策紧缩力度是可能性最大的情形。”
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;
                                      

				</div>
                <!-- page begin -->
                 

</div>
<!-- 详细结束 -->
</div>
<!-- leftBox end -->

<!-- google ads begin -->
<div class="rightBox">
<!-- ad begin -->
<p><a href="http://fdc.soufun.com/news/zt/201012/2010zjzw.html" target="_blank"><img src="./res/soufun.jpg"></a></p>
<!-- ad end -->
<p class="blank10"></p>
<!-- 行业热卖 begin -->
<div class="border">
<div class="title">行业热卖</div>
<div class="box" style="padding-top:20px; padding-bottom:20px;">
<ul class="row1Bul2" style="width:180px;float:left">                       	                
<h3><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;941701&#39;,&#39;d2099_7413&#39;)" id="utitle_941701" target="_blank" href="http://product.cn.china.cn/selling-leads/%B4%BA%D7%B0/?id=941701">春装 新款上市钱途无量</a></h3>
<li>[<a href="http://cn.china.cn/shuma/index.html" target="_blank">数码</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;960665&#39;,&#39;d2099_7414&#39;)" id="utitle_960665" target="_blank" href="http://product.cn.china.cn/selling-leads/%D2%F4%CF%E4/?id=960665">音箱 新款打造数码潮人</a> </li><li>[<a href="http://cn.china.cn/jiaju/index.html" target="_blank">家居</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;960663&#39;,&#39;d2099_7414&#39;)" id="utitle_960663" target="_blank" href="http://product.cn.china.cn/selling-leads/%CA%AA%BD%ED/?id=960663">湿巾 量大质优前景火热</a> </li><li>[<a href="http://cn.china.cn/wujin/index.html" target="_blank">五金</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;960662&#39;,&#39;d2099_7414&#39;)" id="utitle_960662" target="_blank" href="http://product.cn.china.cn/selling-leads/%CB%F8%BE%DF/?id=960662">锁具 安全卫士市场热销</a> </li><li>[<a href="http://cn.china.cn/wanju/index.html" target="_blank">游艺</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;960661&#39;,&#39;d2099_7414&#39;)" id="utitle_960661" target="_blank" href="http://product.cn.china.cn/selling-leads/%C7%EF%C7%A7/?id=960661">秋千 游艺设施缔造乐趣</a> </li><li>[<a href="http://cn.china.cn/fuzhuang/index.html" target="_blank">服饰</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;960660&#39;,&#39;d2099_7414&#39;)" id="utitle_960660" target="_blank" href="http://product.cn.china.cn/selling-leads/%C0%AD%C1%B4/?id=960660">拉链 质量优秀厂家直销</a> </li><li>[<a href="http://cn.china.cn/jixie/index.html" target="_blank">机械</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;941708&#39;,&#39;d2099_7414&#39;)" id="utitle_941708" target="_blank" href="http://product.cn.china.cn/selling-leads/%D6%E1%B3%D0/?id=941708">轴承 耐磨抗损种类多样</a> </li><li>[<a href="http://cn.china.cn/wujin/index.html" target="_blank">五金</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;941707&#39;,&#39;d2099_7414&#39;)" id="utitle_941707" target="_blank" href="http://product.cn.china.cn/selling-leads/%BF%AA%B9%D8/?id=941707">开关 品质第一诚信优先</a> </li>
</ul>
<dl class="row1BImg2">                     	
<dt><a href="http://product.cn.china.cn/selling-leads/%C8%CB%D4%EC%CF%CB%CE%AC/?id=959480" target="_blank"><img src="./res/a64c26.jpg" width="108" height="56" alt="人造纤维"></a></dt>
                        <dd><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;959480&#39;,&#39;d2099_7415&#39;)" id="utitle_959480" target="_blank" href="http://product.cn.china.cn/selling-leads/%C8%CB%D4%EC%CF%CB%CE%AC/?id=959480">人造纤维</a></dd><dt><a href="http://product.cn.china.cn/selling-leads/%B4%A2%CE%EF%B9%F1/?id=959479" target="_blank"><img src="./res/36cca3.jpg" width="108" height="56" alt="储物柜"></a></dt>
                        <dd><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;959479&#39;,&#39;d2099_7415&#39;)" id="utitle_959479" target="_blank" href="http://product.cn.china.cn/selling-leads/%B4%A2%CE%EF%B9%F1/?id=959479">储物柜</a></dd>
</dl>
<div class="clear7"></div>
</div>
</div>
<!-- 行业热卖 end -->			
<p class="blank10"></p>
<!-- <p><a href="" ><img src="" /></a></p>  -->
<!-- <p class="blank10"></p> -->
<!-- 市场展销 begin -->
<div class="border">
<div class="title"><span><a href="http://cn.china.cn/huodong/index.html" target="_blank">更多&gt;&gt;</a></span>市场展销</div>
<div class="box" style="padding-top:20px; padding-bottom:20px;">
<div class="row1AMain1">
<ul class="row1AImg">							
<dl><a href="http://cn.china.cn/zhanxiao/yinxiang/index.html?id=969999" target="_blank"><img src="./res/420bf4.jpg" alt="音响"></a></dl>
                        <p><a href="http://cn.china.cn/zhanxiao/yinxiang/index.html?id=969999" target="_blank">音响</a></p>
<dl><a href="http://cn.china.cn/zhanxiao/chaye-1/index.html?id=969997" target="_blank"><img src="./res/32394a.jpg" alt="茶叶"></a></dl>
                        <p><a href="http://cn.china.cn/zhanxiao/chaye-1/index.html?id=969997" target="_blank">茶叶</a></p>

</ul>
<ul class="row1ACon">
<span><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;983362&#39;,&#39;d2099_7417&#39;)" id="utitle_983362" target="_blank" href="http://cn.china.cn/zxbm/zhixiang/index.html?id=983362">纸箱-物品好包装 纸箱厂商招募</a></span>


<li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1762935537" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;983361&#39;,&#39;d2099_7419&#39;)" id="utitle_983361" target="_blank" href="http://cn.china.cn/zxbm/cantingjiaju-2/index.html?id=983361">餐厅家具-温馨家庭聚餐 招商中</a> </li><li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1753994034" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;980652&#39;,&#39;d2099_7419&#39;)" id="utitle_980652" target="_blank" href="http://cn.china.cn/zxbm/yundongfu/index.html?id=980652">运动服-舒适有活力 运动季必备</a> </li><li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1754109997" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;980208&#39;,&#39;d2099_7419&#39;)" title="地垫-迎客临门 清洁美观 火热报名" id="utitle_980208" target="_blank" href="http://cn.china.cn/zxbm/didian/index.html?id=980208">地垫-迎客临门 清洁美观 火热报</a> </li><li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1747689462" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;977129&#39;,&#39;d2099_7419&#39;)" id="utitle_977129" target="_blank" href="http://cn.china.cn/zxbm/shaxian/index.html?id=977129">纱线-织布刺绣纺织品 招募供应商</a> </li><li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1747809707" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;977321&#39;,&#39;d2099_7419&#39;)" id="utitle_977321" target="_blank" href="http://cn.china.cn/zxbm/gongyipin/index.html?id=977321">工艺品-与艺术完美结合 招募商家</a> </li><li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1737015728" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;970127&#39;,&#39;d2099_7419&#39;)" id="utitle_970127" target="_blank" href="http://cn.china.cn/zxbm/fanyingfu/index.html?id=970127">反应釜-反应容器大比拼 商家招募</a> </li><li>[<a href="http://my.cn.china.cn/subject.php?op=ShowAddSubjectItem&subjectId=1742363348" target="_blank">报名</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;973655&#39;,&#39;d2099_7419&#39;)" id="utitle_973655" target="_blank" href="http://cn.china.cn/zxbm/cdq/index.html?id=973655">充电器-给人生充电 创优质生活</a> </li>
</ul>
<div class="clear7"></div>
</div>
<!--end-->
<div class="row1AMain2">
<h1>
<span><strong><a href="http://cn.china.cn/huodong/index.html#bm" target="_blank">超级展厅</a></strong></span>
<img src="./res/sign1.gif" width="16" height="11">
<span><a href="http://cn.china.cn/huodong/index.html#bm" target="_blank">卖家请进</a></span>
<img src="./res/dotLine2.gif" width="110" height="11">
<span><a href="http://cn.china.cn/huodong/index.html#bm" target="_blank">更多</a>&gt;&gt;</span>
</h1>
<dl>
<dt><a href="http://cn.china.cn/zhanxiao/fanyingfu/index.html?id=980654" target="_blank"><img src="./res/8a4c39.jpg" alt="反应容器大比拼 反应釜精品展销场"></a></dt>
<dd><a href="http://cn.china.cn/lipin/index.html" target="_blank">[工艺]</a> <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;983366&#39;,&#39;d2099_7420&#39;)" title="与艺术完美结合 工艺品精品大卖场" id="utitle_983366" target="_blank" href="http://cn.china.cn/zhanxiao/gongyipin/index.html?id=983366">与艺术完美结合 工艺品精品</a></dd><dd><a href="http://cn.china.cn/fangzhi/index.html" target="_blank">[纺织]</a> <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;983365&#39;,&#39;d2099_7420&#39;)" title="织布刺绣必备 纱线供应商展销" id="utitle_983365" target="_blank" href="http://cn.china.cn/zhanxiao/shaxian/index.html?id=983365">织布刺绣必备 纱线供应商展</a></dd><dd><a href="http://cn.china.cn/huagong/index.html" target="_blank">[化工]</a> <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;980654&#39;,&#39;d2099_7420&#39;)" title="反应容器大比拼 反应釜精品展销场" id="utitle_980654" target="_blank" href="http://cn.china.cn/zhanxiao/fanyingfu/index.html?id=980654">反应容器大比拼 反应釜精品</a></dd><dd><a href="http://cn.china.cn/diangong/index.html" target="_blank">[电工]</a> <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;980210&#39;,&#39;d2099_7420&#39;)" title="补充能量 塑造辉煌 充电器供应商展销" id="utitle_980210" target="_blank" href="http://cn.china.cn/zhanxiao/chongdianqi/index.html?id=980210">补充能量 塑造辉煌 充电器供</a></dd>
</dl>
<div class="clear7"></div>
</div>
<!--end-->
</div>
</div>
<!-- 市场展销 end -->
<p class="blank10"></p>
<!-- 热门商机 begin -->
<div class="border">
<div class="title">热门商机</div>
<div class="box" style="padding-top:0px; padding-bottom:0px;">
<div class="row1BCon">
  	<dl class="row1Bdl1">
            	<dt><a href="http://product.cn.china.cn/selling-leads/%CA%D6%B5%E7%CD%B2/?id=945765" target="_blank"><img src="./res/a077c6.jpg" alt="手电筒"></a></dt>
                <dd><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;945765&#39;,&#39;d2099_7421&#39;)" id="utitle_945765" target="_blank" href="http://product.cn.china.cn/selling-leads/%CA%D6%B5%E7%CD%B2/?id=945765">手电筒</a></dd>
            </dl>  	<dl class="row1Bdl1">
            	<dt><a href="http://product.cn.china.cn/selling-leads/%CA%B5%C4%BE%C3%C5/?id=945764" target="_blank"><img src="./res/7a855b.jpg" alt="实木门"></a></dt>
                <dd><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;945764&#39;,&#39;d2099_7421&#39;)" id="utitle_945764" target="_blank" href="http://product.cn.china.cn/selling-leads/%CA%B5%C4%BE%C3%C5/?id=945764">实木门</a></dd>
            </dl>  	<dl class="row1Bdl1">
            	<dt><a href="http://product.cn.china.cn/selling-leads/%B2%CA%B8%D6%B0%E5/?id=945763" target="_blank"><img src="./res/a142de.jpg" alt="彩钢板"></a></dt>
                <dd><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;945763&#39;,&#39;d2099_7421&#39;)" id="utitle_945763" target="_blank" href="http://product.cn.china.cn/selling-leads/%B2%CA%B8%D6%B0%E5/?id=945763">彩钢板</a></dd>
            </dl>  	<dl class="row1Bdl1">
            	<dt><a href="http://product.cn.china.cn/selling-leads/%BD%D3%CF%DF%B6%CB%D7%D3/?id=945755" target="_blank"><img src="./res/255c7d.jpg" alt="接线端子"></a></dt>
                <dd><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;945755&#39;,&#39;d2099_7421&#39;)" id="utitle_945755" target="_blank" href="http://product.cn.china.cn/selling-leads/%BD%D3%CF%DF%B6%CB%D7%D3/?id=945755">接线端子</a></dd>
            </dl>
<div class="clear7"></div>
<div class="row1BCon2">
<ul class="row1BInfo">
<li>[<a href="http://cn.china.cn/jianzhu/index.html" target="_blank">建材</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930613&#39;,&#39;d2099_7428&#39;)" id="utitle_930613" target="_blank" href="http://product.cn.china.cn/selling-leads/%BE%F8%D4%B5%CC%D7%B9%DC/?id=930613">绝缘套管 品质卓越价格优惠</a> </li><li>[<a href="http://cn.china.cn/fangzhi/index.html" target="_blank">纺织</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930612&#39;,&#39;d2099_7428&#39;)" id="utitle_930612" target="_blank" href="http://product.cn.china.cn/selling-leads/%D5%EB%D6%AF%C3%E6%C1%CF/?id=930612">针织面料 产品齐全市场热销</a> </li><li>[<a href="http://cn.china.cn/yundong/index.html" target="_blank">运动</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930611&#39;,&#39;d2099_7428&#39;)" id="utitle_930611" target="_blank" href="http://product.cn.china.cn/selling-leads/%BB%AC%D1%A9%D3%C3%C6%B7/?id=930611">滑雪用品 超酷运动冬日流行</a> </li><li>[<a href="http://cn.china.cn/baozhuang/index.html" target="_blank">包装</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930610&#39;,&#39;d2099_7428&#39;)" id="utitle_930610" target="_blank" href="http://product.cn.china.cn/selling-leads/%B0%FC%D7%B0%D6%C6%C6%B7/?id=930610">包装制品 款式多样倍受欢迎</a> </li><li>[<a href="http://cn.china.cn/zhaoming/index.html" target="_blank">照明</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930609&#39;,&#39;d2099_7428&#39;)" id="utitle_930609" target="_blank" href="http://product.cn.china.cn/selling-leads/%B2%CA%C9%AB%B5%C6%C5%DD/?id=930609">彩色灯泡 节能高效质量可靠</a> </li><li>[<a href="http://cn.china.cn/qipei/index.html" target="_blank">汽配</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930608&#39;,&#39;d2099_7428&#39;)" id="utitle_930608" target="_blank" href="http://product.cn.china.cn/selling-leads/%B0%B2%C8%AB%C6%F8%C4%D2/?id=930608">安全气囊 安全用品汽车必备</a> </li><li>[<a href="http://cn.china.cn/jixie/index.html" target="_blank">机械</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;930607&#39;,&#39;d2099_7428&#39;)" id="utitle_930607" target="_blank" href="http://product.cn.china.cn/selling-leads/%C3%DC%B7%E2%B5%E6%C6%AC/?id=930607">密封垫片 需求紧迫供不应求</a> </li><li>[<a href="http://cn.china.cn/hezuo/index.html" target="_blank">合作</a>] <a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;909736&#39;,&#39;d2099_7428&#39;)" id="utitle_909736" target="_blank" href="http://product.cn.china.cn/selling-leads/%B7%FE%D7%B0%BA%CF%D7%F7/?id=909736">服装合作 顺应潮流前景优越</a> </li>
</ul>
<dl class="row1BImg"><a href="http://product.cn.china.cn/selling-leads/%C5%DC%B2%BD%BB%FA/?id=945826" target="_blank"><img src="./res/12acef.jpg" alt="跑步机"></a></dl>
                        <p><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;945826&#39;,&#39;d2099_7422&#39;)" id="utitle_945826" target="_blank" href="http://product.cn.china.cn/selling-leads/%C5%DC%B2%BD%BB%FA/?id=945826">跑步机</a></p><dl class="row1BImg"><a href="http://product.cn.china.cn/selling-leads/%CA%B3%D3%C3%D3%CD/?id=945825" target="_blank"><img src="./res/1bb5a0.jpg" alt="食用油"></a></dl>
                        <p><a onmousedown="qhstat_j2chan(&#39;deal&#39;,&#39;945825&#39;,&#39;d2099_7422&#39;)" id="utitle_945825" target="_blank" href="http://product.cn.china.cn/selling-leads/%CA%B3%D3%C3%D3%CD/?id=945825">食用油</a></p>								
</div>
</div>        
</div>
</div>
<!-- 热门商机 end -->
<p class="blank10"></p>
<!-- 商人工具 begin -->
<div class="border">
<div class="title"><span> <a href="http://cn.china.cn/srgj/index.html" target="_blank">更多&gt;&gt;</a></span>商人工具</div>
<div class="box" style="padding-top:20px; padding-bottom:20px;">
<ul class="picul">
<li><a href="http://cn.china.cn/frame/d983523,7786bf,d2099_7429.html" target="_blank"><img src="./res/14cf63.jpg" alt="团队管理需要点智慧"></a>
<a id="utitle_983523" target="_blank" href="http://cn.china.cn/frame/d983523,7786bf,d2099_7429.html">团队管理需要点智慧</a></li><li><a href="http://cn.china.cn/frame/d982889,f38fe6,d2099_7429.html" target="_blank"><img src="./res/7132d4.jpg" alt="有钱人理财方式解密"></a>
<a id="utitle_982889" target="_blank" href="http://cn.china.cn/frame/d982889,f38fe6,d2099_7429.html">有钱人理财方式解密</a></li>
</ul>
<ul class="list02">
<li>·<a id="utitle_983680" target="_blank" href="http://cn.china.cn/article/d983680,0265df,d2099_7430.html">动漫金矿怎么挖？</a> </li><li>·<a id="utitle_983482" target="_blank" href="http://cn.china.cn/article/d983482,4ccb98,d2099_7430.html">四种获得更多价值的方法</a> </li><li>·<a id="utitle_983481" target="_blank" href="http://cn.china.cn/article/d983481,bbbe2a,d2099_7430.html">不按牌理出牌：颠覆常识的销售策略</a> </li><li>·<a id="utitle_983479" target="_blank" href="http://cn.china.cn/article/d983479,4362d3,d2099_7430.html">中小企业需要“全员营销”</a> </li><li>·<a id="utitle_983480" target="_blank" href="http://cn.china.cn/article/d983480,f3ccf4,d2099_7430.html">组合营销 让冷元素热起来</a> </li>
</ul>
</div>
</div>
<!-- 商人工具 end -->
<p class="blank10"></p>
</div>
<!-- rightBox end -->
<div class="clear7"></div>
</div>
</div>