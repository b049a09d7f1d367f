<?php include 'public_header.php'; ?>
<link rel="stylesheet" href="themes/global.css" type="text/css" />
<style type="text/css">
.header_logo li.menu_new a{
	color:#044b9d
}
</style>
<div class="path">
    <div>理财圈资讯 > <a href="">网贷资讯</a></div>
</div>

<div class="wrap clearfix" style="padding-bottom:20px;">
    <div class="border_06 clearfix">
        <div class="article_left">
            <h1>网贷平台收益回归理性：打新策略或模糊</h1>
            <div class="art_author">
                <span>作者: <a href="">石头</a></span>
                <span>来源: CCTV证券资讯</span>
                <span>2014-01-17 13:38:26</span>
            </div>
            <div class="art_content">
                <img src="themes/temp/4.jpg" style="margin:0 auto;display:block;margin-bottom:20px;" />
                2013年股市低迷，而银行理财产品高达5%~6%的收益率备受投资者青睐。尽管2013年银行理财余额突破10万亿元大关已成定局，但商业银行对理财产品到期收益率信息披露不透明令投资者担忧风险藏匿其中。 <br><br>
                多方数据显示，去年到期理财产品中有超过四成的产品未披露到期收益情况<br><br>
                2013年股市低迷，而银行理财产品高达5%~6%的收益率备受投资者青睐。尽管2013年银行理财余额突破10万亿元大关已成定局，但商业银行对理财产品到期收益率信息披露不透明令投资者担忧风险藏匿其中。 <br><br>
                多方数据显示，去年到期理财产品中有超过四成的产品未披露到期收益情况。<br><br>
                对于去年到期理财产品中有超过四成的产品未披露到期收益情况，有分析指出，部分银行对收益表现较差的产品的到期信息加以隐藏，而公布了到期信息的产品一般都是收益较好的理财产品。因此，业内呼吁，银行在理财产品的到期信息披露方面应该更透明和全面。
                16655款产品未披露到期收益率<br><br>
                相比惨淡的股票市场，2013年银行理财仍然成为投资者十分可靠的避风港。<br><br>
                据统计显示，2013年非结构性人民币理财产品平均<br><br>
                收益率达到4.75%，同比上涨5.08%。据银监会官员披露的数据，2013年银行理财余额定将突破10万亿元，也就说规模较去年的7.1万亿至少增长40.8%。因此，无论从发行量和还是银行理财产品余额规模上，2013年银行理财市场扩张程度都十分惊人。<br><br>
                未实现预期收益均为结构性理财产品
            </div>
            <dl class="art_share clearfix">
                <dt>分享到</dt>
                <dd>
                    <a class="sina">新浪微博</a>
                    <a class="qq_1">腾讯微博</a>
                    <a class="qq_2">QQ</a>
                    <a class="qq_3">微信</a>
                </dd>
            <dl>
        </div>
        
        <div class="article_right">
            <div class="art_news">
                <div class="img">
                    <img src="themes/temp/5.jpg" />
                    <div class="img_mask"></div>
                </div>
                石头的最新文章
            </div>
            <ul class="list_point clearfix" style="margin-bottom:35px;padding-top:10px;">
                <li><a href="">5成银行理财品收益不透明，投资...</a></li>
                <li><a href="">余额宝疯涨成国内第一基金 上海...</a></li>
                <li><a href="">互联网金融上演众宝闹新春 余额...</a></li>
                <li><a href="">微信支付宝理财巅峰对决开始</a></li>
                <li><a href="">2013年4.5万只银行理财产品发行</a></li>
            </ul>
            

            <div class="more_read"><div>读过本文的网友还读了</div></div>

            <div class="more_read_title"><span>69%</span>的网友读了：</div>
            <dl class="more_read_text clearfix">
                <dt><a href="">马航失联事件考验社交传播…</a></dt>
                <dd>
                    马航失联事件中，微博和微信作为目
                    前国内最热的两大移动社交平台…
                    <div>2014/03/09 10:41</div>
                </dd>
            </dl>
            <div class="more_read_title"><span>50%</span>的网友读了：</div>
            <dl class="more_read_text clearfix">
                <dt><a href="">马航失联事件考验社交传播…</a></dt>
                <dd>
                    马航失联事件中，微博和微信作为目
                    前国内最热的两大移动社交平台…
                    <div>2014/03/09 10:41</div>
                </dd>
            </dl>
            <div class="more_read_title"><span>23%</span>的网友读了：</div>
            <dl class="more_read_text clearfix">
                <dt><a href="">马航失联事件考验社交传播…</a></dt>
                <dd>
                    马航失联事件中，微博和微信作为目
                    前国内最热的两大移动社交平台…
                    <div>2014/03/09 10:41</div>
                </dd>
            </dl>

        </div>
    </div>
    <div class="border_07 clearfix">
        <dl class="title_03 border_red clearfix">
            <dt>相关文章</dt>
            <dd>&nbsp;</dd>
        </dl>
        <ul class="list_art_03 clearfix">
            <li><a href="">66%受访者欲将银行存款转投网贷平台</a></li>
            <li><a href="">受访者欲将银行存款转投互联网理财</a></li>
            <li><a href="">将银行存款转投互联网理财</a></li>
            <li><a href="">66%受访者欲将银行存款转投网贷平台</a></li>
            <li><a href="">86%受访者把银行存款转投货币基金</a></li>
            <li><a href="">66%受访者欲将银行存款转投网贷平台</a></li>
            <li><a href="">受访者欲将银行存款转投互联网理财</a></li>
            <li><a href="">将银行存款转投互联网理财</a></li>
            <li><a href="">66%受访者欲将银行存款转投网贷平台</a></li>
            <li><a href="">86%受访者把银行存款转投货币基金</a></li>
        </ul>
    </div>
</div>

<?php include 'public_footer.php'; ?>