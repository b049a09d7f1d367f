package com.example.gittest.pojo;

import lombok.Data;
import lombok.NoArgsConstructor;





@Data
public class A  {
    /**
     * code : 0
     * data : {"total":6,"pageNo":1,"pageSize":1,"articles":[{"category":"","content":"路透社社员工N·N·N·**N*HK>上海连接每日配额使用4.9%，上海- HK每日配额使用3.8%，N*HSI+1%，HSCE + 1.3%，CSI300 - 0.4% N*FTSE中国A50-0.4%北京北京/上海，12月29日（路透社）-香港股票在星期二收盘上涨，因为阿里巴巴集团控股公司股票的上涨带动了科技股的反弹前几个交易日的大幅抛售。\n**收盘时，恒生指数上涨253.86点，或0.96%，报26568.49点。恒生中国企业指数上涨1.34%，收于10449.17点。**IT分项指数和金融股分别上涨3.64%和0.36%，房地产板块下跌0.36%。**阿里巴巴股价大涨5.71%，是恒生指数涨幅最大的股票，此前几个交易日，由于反垄断调查，该公司市值缩水近1160亿美元，投资者纷纷买入该公司股票。**阿里巴巴周日宣布了一项100亿美元的大规模回购计划。互联网公司的股价也上涨，小米和美团分别上涨5.3%和5.15%。**中国主要股指上证综指收盘下跌0.54%，收于3379.04点，蓝筹股沪深300指数在近期反弹后获利回吐，下跌0.42%。**在亚洲地区，摩根士丹利资本国际（MSCI）除日本以外的亚洲股指下跌0.18%，日本日经指数收盘上涨2.66%。**在格林尼治时间08:14，人民币兑美元报6.5315，比上一个收盘价6.5383坚挺了0.1%。\n北京的Cheng Leng、上海的Looyan Liu和Andrew Galbraith报道；Rashmi Aich编辑\n我们的标准：汤森路透信托原则。","content_src":"By Reuters Staff\\n  2 Min Read\\n  * HK->Shanghai Connect daily quota used 4.9%, Shanghai->HK daily quota used 3.8%\\n  * HSI +1.0%, HSCE +1.3%, CSI300 -0.4%\\n* FTSE China A50 -0.4%\\n  BEIJING/SHANGHAI, Dec 29 (Reuters) - Hong Kong shares ended higher on Tuesday, as gains in shares of Alibaba Group Holding Ltd led a rebound in tech stocks following a sharp sell-off in previous sessions.\\n  ** At the close of trade, the Hang Seng index was up 253.86 points, or 0.96%, at 26,568.49. The Hang Seng China Enterprises index rose 1.34% to 10,449.17. ** The IT sub-index and financials rose 3.64% and 0.36%, respectively, while the property sector dipped 0.36%. ** Alibaba surged 5.71% and was the top gainer on Hang Seng as investors lapped up its shares after a rout in previous sessions due to an anti-trust probe knocked off almost $116 billion from the e-commerce company\u2019s market capitalization. ** Alibaba announced an upsized $10 billion buy-back program on Sunday.\\n  ** Shares in internet companies also ended higher, with Xiaomi Corp and Meituan soaring 5.3% and 5.15%, respectively. ** China\u2019s main Shanghai Composite index closed down 0.54% at 3,379.04, while the blue-chip CSI300 index ended down 0.42% on profit-taking after a recent rally. ** Around the region, MSCI\u2019s Asia ex-Japan stock index was weaker by 0.18%, while Japan\u2019s Nikkei index closed up 2.66%. ** The yuan was quoted at 6.5315 per U.S. dollar at 08:14 GMT, 0.1% firmer than the previous close of 6.5383.\\n  Reporting by Cheng Leng in Beijing, Luoyan Liu and Andrew Galbraith in Shanghai; Editing by Rashmi Aich\\n  Our Standards: The Thomson Reuters Trust Principles.\\n  ","country":"英国","datasource":"translation","gid":5249451383014144,"host":"reuters.com","language":1,"pictures":[],"polarity":"3","pubtime":"2020-12-29 18:00:11","region":1,"site":"路透社","source_url":"https://in.reuters.com/article/china-stocks-hongkong-close-idUSL4N2J91BS","sub_host":"in.reuters.com","tags":["境外主流","全球48家主流媒体","世界通讯社"],"title":"香港股市收盘走强，因逢低买盘助推阿里巴巴在近期抛售","title_src":"Hong Kong shares end firmer as bargain hunters boost Alibaba after recent sell-off","uuid":"9eafe8985d46e1120a45bd0431be7d74"}],"articlesInfo":{"translation_major_info":1}}
     * message : 成功
     */

    private int code;
    private DataBean data;
    private String message;