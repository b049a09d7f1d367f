package com.wd.tech.bean;

import java.util.List;

/**
 * 作者：夏洪武
 * 时间：2019/2/20.
 * 邮箱：
 * 说明：
 */
public class NewsDetailsBean {



        /**
         * comment : 4
         * content : <p><br></p><p>谁说滴滴之后再无网约车？新的搅局者又来了。</p><p><br></p><p>10月11日，哈啰出行更名不到一个月，就悄然新增网约车入口，首批试点城市为上海、南京、成都。</p><p><br></p><p>知情人士向《中国企业家》透露，哈啰出行本月内将覆盖全国80座城市，北京预计下周推出。</p><p><br></p><p>滴滴陷入内部整顿风波，美团按下了网约车暂停键，<strong>首汽约车、嘀嗒出行、曹操专车等依然在不断蚕食网约车市场。此时，哈啰出行联合第二梯队的网约车玩家杀入网约车市场，究竟会激起多大的波澜？</strong></p><p><br></p><p label="大标题" class="text-big-title">小心试水</p><p><br></p><p>目前，哈啰出行的打车业务仅在上海、南京、成都三座城市上线，运力来自嘀嗒出行、首汽约车等合作伙伴，只开通了出租车服务，价格和打车一样。</p><p><br></p><p>从用户体验来看，哈啰出行可以实现一键约车、在线支付。南京用户龚女士发现，<strong>司机不需要下载哈啰出行App，是通过嘀嗒出行接的单</strong>。也就是说，哈啰出行与嘀嗒出行等合作伙伴打通了数据，成为了网约车导流入口。</p><p><br></p><p>但哈啰出行并没有祭出补贴战术。一名不愿具名的分析人士称，<strong>“网约车市场已经很成熟了，补贴的意义有限。”</strong></p><p><br></p><p>之所以选择这三座城市，是因为用户基础比较好，人口众多、移动互联网使用习惯良好。比如，南京已经有了滴滴外卖、美团打车，网约车市场已经被充分教育。</p><p><br></p><p class="img-center-box"><img src="https://img.huxiucdn.com/article/content/201810/13/185300052939.jpg?imageView2/2/w/1000/format/jpg/interlace/1/q/85"></p><p style="text-align: center;"><span class="text-remarks" label="备注">哈罗单车、美团打车、滴滴打车在南京的服务界面。来源：App截图</span><br></p><p><br></p><p>那么为什么合作伙伴是嘀嗒和首汽？<strong>李斌是一个不可忽视的推手，他同时也是嘀嗒、首汽、哈啰出行三家公司共同的投资人。</strong>一方面，嘀嗒、首汽在巨头阴影之下，需要增加流量支持；而另一方面，共享单车也有淡旺季之分，增加网约车入口，有利于盘活闲置流量、增强用户活跃度。</p><p><br></p><p>由此延伸的一个问题是，“未来顺风车业务、快车、专车等业务是否会上线？”哈啰出行执行总裁李开逐对《中国企业家》给予了肯定的回答，但并没有解释具体的业务模式。</p><p><br></p><p>“现在只是测试，如果没问题，很快会在全国铺开。本月内将覆盖全国80座城市，北京预计下周推出。”另有知情人士向《中国企业家》透露。</p><p><br></p><p>从哈啰出行的网约车业务来看，既没有消耗大量成本，也不以盈利为目的。<strong>“先做好现在的城市，服务好用户，找到不足。开城不是很急躁，慢慢来。”</strong>接近哈啰出行的投资人士称。</p><p><br></p><p>上述投资人表示，“哈啰在已经成熟的市场上，将已有的公共资源出租车和用户连接起来，这事情即便不赚钱也要先做，而且要往大了做。”这样的做法，和早期QQ的免费聊天模式很类似。不过，正是由于连接成本低，圈用户之后再做专车的方法并不适合哈啰出行。</p><p><br></p><p>哈啰出行似乎在小心试探边界。李开逐曾表示，“接入嘀嗒、首汽是希望拓展业务边界，至于是不是保持入口，或者自己会不会涉足其中，我们目前没有边界，但也没有明确的计划。”</p><p><br></p><p label="大标题" class="text-big-title">前车之鉴</p><p><br></p><p>借着四轮业务，共享单车的故事翻到了下一页，但这个故事却很难圆满。</p><p><br></p><p>事实上，首汽、嘀嗒曾与摩拜有过类似合作。2017年9月、10月，摩拜先后接入首汽约车专车、嘀嗒拼车服务入口。鼎盛时期，摩拜曾成立了200人的网约车业务组，曾被解读为对抗“滴滴+ofo”组合之举。2017年底，摩拜于贵州推出共享汽车业务。今年4月被美团并购后，为了服从美团的战略，摩拜“瘦身”，共享汽车业务被搁置。</p><p><br></p><p>而摩拜的网约车业务最终整合的效果也并不是很理想，上线一年后，摩拜的打车服务已经难觅踪影。一名摩拜前高管告诉《中国企业家》，“不太好用，项目被搁置了。”</p><p><br></p><p><strong>究其原因，打车与骑单车的需求之间可转换程度并不高，场景割裂、使用频次也不同，用户不会因为打车而特意使用摩拜App，或者因为想骑单车而打开首汽约车App。</strong></p><p><br></p><p>但手握流量的哈啰出行不安于现状，其业务矩阵正在从1~3公里的单车、助力车，扩展到5~10公里、以及10公里以上的地铁、网约车，希望在出行板块争夺更多话语权。</p><p><br></p><p><strong>实际上，哈啰出行、滴滴、摩拜都想在出行大平台上有所作为，一键通吃各种类型的出行方式。</strong>然而，如果没有深层次的业务绑定，互相导流的做法最后只能流于形式。</p><p><br></p><p>滴滴、美团+摩拜、哈啰出行，这三家公司之间的业务边界已经不再清晰。滴滴除了网约车，也在通过ofo、小蓝、青桔单车渗透短途出行，并试点外卖；美团并不满足于生活服务，将触角伸向了打车、摩拜；如今哈啰出行在阿里生态体系内，也开始整合网约车、饿了么。三者之间火药味越来越浓。</p><p><br></p><p>这背后是巨头野心的浮现。</p><p><br></p><p>据天眼查数据，蚂蚁金服曾四次参与哈啰出行的融资。最近的一笔是今年6月来自上海云鑫等机构共计20.6亿元的融资。融资后，哈啰单车估值超过23亿美元，蚂蚁金服成为公司第一大股东。</p><p><br></p><p>在阿里的扶持之下，哈啰出行的成长十分迅猛。据哈啰单车方面最新数据，截至目前，哈啰单车已进入300多个城市，投放单车超过700万辆，日均订单量超过2000万，注册用户约2.2亿人。</p><p><br></p><p>值得注意的是，10月12日，阿里巴巴集团宣布正式合并饿了么和口碑，组成国内领先的本地生活服务平台，重新定义“3公里内的幸福生活”。阿里、美团之间的竞争势必更加激烈。</p><p><br></p><p>而<strong>在阿里生态体系中，哈啰出行的战略协同角色日益凸显。</strong></p><p><br></p><p>9月17日，哈啰出行宣布联合首汽约车、嘀嗒出行、高德地图等多家出行服务商构筑智慧出行平台，同时还将联合饿了么为用户提供更多选择。</p><p><br></p><p>哈啰出行CEO杨磊曾透露，阿里还将对哈啰出行倾斜资源，提供支付宝首页入口、高德地图入口。杨磊表示，阿里生态的企业更容易达成合作，包括开放数据、场景相互打通，因此早期先从这些合作伙伴着手。</p><p><br></p><p>在网约车领域，哈啰出行并无优势，而滴滴的地位依然难以撼动。一名摩拜投资人接受《中国企业家》采访时表示，<strong>“以哈啰的体量还不足以冲击滴滴的地位，长期以来滴滴、神州奠定了大量用户习惯，头部玩家有优势。不过，哈啰代表一个趋势和方向。毕竟出行行业不是所有业务都是赢家通吃。”</strong></p><p><br></p><p>抱团作战的哈啰，能否上演新的逆袭？</p>
         * id : 54
         * informationList : [{"id":52,"thumbnail":"https://img.huxiucdn.com/article/cover/201810/15/073628459039.jpg?imageView2/1/w/710/h/400/|imageMogr2/strip/interlace/1/quality/85/format/jpg","title":"风雨飘摇中，海底捞能否成为投资避风港？"},{"id":51,"thumbnail":"https://img.huxiucdn.com/article/cover/201810/15/081855659893.jpg?imageView2/1/w/710/h/400/|imageMogr2/strip/interlace/1/quality/85/format/jpg","title":"不玩电商的Primark是如何横扫美国零售市场的？"},{"id":53,"thumbnail":"https://img.huxiucdn.com/article/cover/201810/14/123637310014.jpg?imageView2/1/w/710/h/400/|imageMogr2/strip/interlace/1/quality/85/format/jpg","title":"马云力挺杭州\u201c数字经济\u201d第一城之后，我先咽下这口泡沫"}]
         * integralCost : 0
         * plate : [{"id":1,"name":"电商消费"}]
         * praise : 1
         * readPower : 1
         * relatedArticles : 52,51,53
         * releaseTime : 1539586683000
         * share : 10
         * source : 中国企业家杂志©
         * summary : 谁说滴滴之后再无网约车？新的搅局者又来了。
         * thumbnail : https://img.huxiucdn.com/article/cover/201810/13/190901169923.jpg?imageView2/1/w/710/h/400/|imageMogr2/strip/interlace/1/quality/85/format/jpg
         * title : 有摩拜的前车之鉴，为何哈啰仍要入局网约车？
         * whetherCollection : 2
         * whetherGreat : 2
         * yuanCost : 0
         */

        private int comment;
        private String content;
        private int id;
        private int integralCost;
        private int praise;
        private int readPower;
        private String relatedArticles;
        private long releaseTime;
        private int share;
        private String source;
        private String summary;
        private String thumbnail;
        private String title;
        private int whetherCollection;
        private int whetherGreat;
        private int yuanCost;
        private List<InformationListBean> informationList;
        private List<PlateBean> plate;

}
