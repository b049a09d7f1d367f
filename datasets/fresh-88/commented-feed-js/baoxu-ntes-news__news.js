/**
 * Author: Baoxu
 * Date:   12-7-3
 * Time:   上午8:41
 */


//定义一些常量
var CROSS_DOMAIN_PROXY = "http://localhost/baoxu-project/01-baoxu-ntes-news/cdr.php?";


addLoadEvent(test);

function test(){
	newsNavFun();
	getHotNewsList("T1295501906343", 0, 20);
	//activeTemplate();
	//页面滚动监听函数
	new wheelEvent(document.getElementById("cnt-for-news-nav"), "handle");
}


//页面滚动处理函数
function handle(delta){
	if(delta < 0){
		moveElementWith("container-of-news-sec", "y", 0, -250, 0.3, 20);
		//alert("向上");
	}
	if(delta > 0){
		//alert("向下");
		moveElementWith("container-of-news-sec", "y", 0, 250, 0.3, 20);
	}
}


//使用模板生成页面内容并插入页面中
function activeTemplate(data){
	var tpl_news_hot_pic_data = data;
	/*var tpl_news_hot_pic_data = {"list":[
	 {"url_3w":"http://help.3g.163.com/12/0710/20/8633M35L00963VRO.html", "replyCount":436, "hasImg":1, "digest":"\"湖南临湘最美女交警\"走红网络，回应称做了该做的事。", "url":"http://3g.163.com/ntes/12/0710/20/8633M35L00963VRO.html", "docid":"8633M35L00963VRO", "title":"女交警托倾斜校车让幼儿转移", "order":1, "priority":90, "lmodify":"2012-07-10 21:00:27", "subtitle":"", "imgsrc":"http://img3.cache.netease.com/3g/2012/7/10/201207102101343f08e.jpg", "ptime":"2012-07-10 20:54:51", "TAG":"视频"},
	 {"url_3w":"http://help.3g.163.com/12/0710/23/863D1O1100963VRO.html", "docid":"863D1O1100963VRO", "title":"调查称城乡老年人收入差异大", "replyCount":90, "priority":72, "lmodify":"2012-07-11 00:10:26", "imgsrc":"http://img4.cache.netease.com/3g/2012/7/10/201207102344081de59.jpg", "subtitle":"", "digest":"农村老人月平均养老金为74元，是城市老年人退休金的5%。", "ptime":"2012-07-10 23:38:30", "TAG":"视频", "url":"http://3g.163.com/ntes/12/0710/23/863D1O1100963VRO.html"},
	 ]}*/
	var hotNews = baidu.template("tpl-news-hot-section", tpl_news_hot_pic_data);
	var normalNews = baidu.template("tpl-news-other-section", tpl_news_hot_pic_data);
	document.getElementById("news-hot").innerHTML = hotNews;
	document.getElementById("news-sport").innerHTML = normalNews;
	document.getElementById("news-enterta").innerHTML = normalNews;
	document.getElementById("news-finan").innerHTML = normalNews;
	document.getElementById("news-tech").innerHTML = normalNews;
	document.getElementById("news-more").innerHTML = normalNews;
}

//通过AJAX获取新闻模块头条栏目的数据
function getHotNewsList(columnID, startItem, endItem){
	var request = getHTTPObject();
	var requestUrl = CROSS_DOMAIN_PROXY + "type=headline&id=" + columnID + "&start=" + startItem + "&end=" + endItem;
	if(request){
		//异步处理
		request.open("GET", requestUrl, true);
		request.onreadystatechange = function(){
			if(request.readyState == 4){
				//请求成功之后要做的操作
				var requestResult = request.responseText;
				//为页面上的模板执行标准化
				requestResult = requestResult.replace(columnID, "list");
				//转化为标准JSON对象
				requestResult = JSON.parse(requestResult);
				//重写刷新页面
				activeTemplate(requestResult);
				//return requestResult;
			}
		};
		request.send(null);
	}else{
		alert("浏览器不支持XMLHttpRequest");
	}
}
