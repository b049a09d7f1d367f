package com.qingbo.ginkgo.ygb.cms.service;

public class ContentServiceTester extends BaseServiceTester {
	/**
	 * 测试添加文章
	 */
	public void addArticle(){
		Article article = new Article();
		article.setSubject("0102");
		article.setTitle("蓝筹筑底基本成功 制度完善将造新一轮牛市");
		article.setAuthor("Admin");
		article.setCreateTime(new Date());
		article.setStatus(ArticleStatus.READY.getCode());
		article.setWeight(ArticleWeight.ODINARY.getCode());
		ArticleText text = new ArticleText();
		text.setTextStuff("<h2 style=\"text-align:center\"><strong>蓝筹筑底基本成功 制度完善将造新一轮牛市</strong></h2><h4 style=\"text-align:center\">2014-11-21 10:20 中国证券网</h4><p>&nbsp; &nbsp; 中国证券网讯（记者 马婧妤）中国证监会前主席周正庆21日在&ldquo;第十届中国证券市场年会&rdquo;上表示，当前传统蓝筹筑底基本成功，新兴蓝筹股应运而生，混改为资本市场发展提供了强劲驱动力，制度完善将造就新一轮牛市的基础。</p><p>&nbsp; &nbsp; 周正庆表示，当前经济发展进入&ldquo;新常态&rdquo;，经济增速虽然有所减缓，但仍然保持中高速增长，增速下调是结构性的调整。在经济&ldquo;新常态&rdquo;中，有必要采取一切可能的措施推动资本市场健康快速发展。</p><p>&nbsp; &nbsp;&nbsp;他认为，证券市场在经济&ldquo;新常态&rdquo;中具有更大的重要性，搞活<a class=\"a-tips-Article-QQ\" href=\"http://finance.qq.com/stock/\" style=\"text-decoration: none; outline: none; color: rgb(0, 0, 0); border-bottom-width: 1px; border-bottom-style: dotted; border-bottom-color: rgb(83, 109, 166);\" target=\"_blank\">股市</a>是振兴实体经济、深化改革、结构调整、推进创新型经济发展的需要，让牛市到来刻不容缓。</p><p>&nbsp; &nbsp;&nbsp;&ldquo;新形势下，资本市场振兴的条件已经具备。&rdquo;周正庆说，本周沪港通正式开通，意味着资本市场开通了一条对外开放的高速铁路，当前传统蓝筹筑底基本成功，新兴蓝筹股应运而生，混改为资本市场发展提供了强劲驱动力，行业并购重组日益活跃，制度完善将造就新一轮牛市的基础。</p><p>&nbsp; &nbsp;&nbsp;周正庆同时表示，近两年来<a class=\"a-tips-Article-QQ\" href=\"http://stockhtm.finance.qq.com/hcenter/index.htm?page=1020132\" style=\"text-decoration: none; outline: none; color: rgb(0, 0, 0); border-bottom-width: 1px; border-bottom-style: dotted; border-bottom-color: rgb(83, 109, 166);\" target=\"_blank\">新股</a>发行制度实施了一系列改革，尽快推出注册制改革方案已经成为共识，严厉打击违法违规使市场信心得到提振，这些都成为促进股市向好的合力。</p><p>&nbsp; &nbsp;&nbsp;他说，应当出台一系列政策措施，造就一轮新牛市，让<a class=\"a-tips-Article-QQ\" href=\"http://finance.qq.com/l/financenews/domestic/index.htm\" style=\"text-decoration: none; outline: none; color: rgb(0, 0, 0); border-bottom-width: 1px; border-bottom-style: dotted; border-bottom-color: rgb(83, 109, 166);\" target=\"_blank\">宏观经济</a>与股票指数实现双赢，为中国梦提供坚实的经济和物质基础。</p>");
		article.setTextStuff(text);
		
		Result<Boolean> result = contentService.createArticle(article);
		if(result.getCode() != 0){
			System.out.println(result.getError());
			System.out.println(result.getMessage());	
		}else{
			System.out.println(result.getObject());
		}
	}
}
