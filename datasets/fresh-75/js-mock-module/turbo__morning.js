const newsInfo = {
  MSG: "交易成功",
  STATUS: "1",
  RequestId: "",
  ArticleList: [
    {
      RequestId: "",
      Title: "积极做好财政货币政策总量结构双发力",
      OpenId: "7207853172570882593",
      GroupId: 1759756397284355,
      GroupType: "article",
      Extra: "",
      CoverImages: [],
      GenerateType: "toutiao_api",
      Content: "",
      DisplayTag: "",
      DiggCount: 1,
      Author: {
        AuthorId: "1744633734132894",
        Description:
          "中国经济时报是由国务院发展研究中心主管、主办的经济类报纸。",
        HomePage:
          "https://open.toutiao.com/u6656647949/?utm_source=cmbcbank_default_content",
        AuthorName: "中国经济时报",
        FollowerCount: 0,
        AuthorAvatarUrl:
          "https://p3-open.onewsimg.com/img/user-avatar/2x_2df9542b83a33472826b1d4a28e0adf1~300x300.image",
        AuthorBizId: "6656647949",
      },
      CommentUrl:
        "https://open.toutiao.com/a7207853172570882593/comment/?utm_source=cmbcbank_default_content",
      PublishTime: 1678209093,
      CommentCount: 0,
      Link: "https://open.toutiao.com/a7207853172570882593/?utm_source=cmbcbank_default_content&label=wap",
      GroupVideos: [],
    },
    {
      RequestId: "",
      Title: "“房住不炒”是政策底线",
      OpenId: "7207853172168065574",
      GroupId: 1759756445979651,
      GroupType: "article",
      Extra: "",
      CoverImages: [],
      GenerateType: "toutiao_api",
      Content: "",
      DisplayTag: "",
      DiggCount: 30,
      Author: {
        AuthorId: "1744633734132894",
        Description:
          "中国经济时报是由国务院发展研究中心主管、主办的经济类报纸。",
        HomePage:
          "https://open.toutiao.com/u6656647949/?utm_source=cmbcbank_default_content",
        AuthorName: "中国经济时报",
        FollowerCount: 0,
        AuthorAvatarUrl:
          "https://p3-open.onewsimg.com/img/user-avatar/2x_2df9542b83a33472826b1d4a28e0adf1~300x300.image",
        AuthorBizId: "6656647949",
      },
      CommentUrl:
        "https://open.toutiao.com/a7207853172168065574/comment/?utm_source=cmbcbank_default_content",
      PublishTime: 1678209093,
      CommentCount: 12,
      Link: "https://open.toutiao.com/a7207853172168065574/?utm_source=cmbcbank_default_content&label=wap",
      GroupVideos: [],
    },
    {
      RequestId: "",
      Title: "扩大个人养老金覆盖面 完善养老服务体系",
      OpenId: "7207993083999453711",
      GroupId: 1759781932803163,
      GroupType: "article",
      Extra: "",
      CoverImages: [],
      GenerateType: "toutiao_api",
      Content: "",
      DisplayTag: "",
      DiggCount: 1,
      Author: {
        AuthorId: "1744635001806859",
        Description:
          "由广东广播电视台主办，刊号CN44-0114，前身为《股市快报》。",
        HomePage:
          "https://open.toutiao.com/u3721373016/?utm_source=cmbcbank_default_content",
        AuthorName: "投资快报",
        FollowerCount: 0,
        AuthorAvatarUrl:
          "https://p3-open.onewsimg.com/img/user-avatar/8a9f997688c029f51e3e393264ed3453~300x300.image",
        AuthorBizId: "3721373016",
      },
      CommentUrl:
        "https://open.toutiao.com/a7207993083999453711/comment/?utm_source=cmbcbank_default_content",
      PublishTime: 1678241669,
      CommentCount: 0,
      Link: "https://open.toutiao.com/a7207993083999453711/?utm_source=cmbcbank_default_content&label=wap",
      GroupVideos: [],
    },
    {
      RequestId: "",
      Title: "哪些该延续？哪些该优化？财税专家解读今年减税降费政策走向",
      OpenId: "7207947936477479435",
      GroupId: 1759756445979667,
      GroupType: "article",
      Extra: "",
      CoverImages: [],
      GenerateType: "toutiao_api",
      Content: "",
      DisplayTag: "",
      DiggCount: 3,
      Author: {
        AuthorId: "1744633098305550",
        Description: "致力于提供独家原创、简明快捷的财经新闻资讯。",
        HomePage:
          "https://open.toutiao.com/u59418708676/?utm_source=cmbcbank_default_content",
        AuthorName: "中国网财经",
        FollowerCount: 0,
        AuthorAvatarUrl:
          "https://p9-open.onewsimg.com/img/mosaic-legacy/3c710002f927b34a1c69~0x0.image",
        AuthorBizId: "59418708676",
      },
      CommentUrl:
        "https://open.toutiao.com/a7207947936477479435/comment/?utm_source=cmbcbank_default_content",
      PublishTime: 1678231157,
      CommentCount: 0,
      Link: "https://open.toutiao.com/a7207947936477479435/?utm_source=cmbcbank_default_content&label=wap",
      GroupVideos: [],
    },
    {
      RequestId: "",
      Title: "2年期美债收益率升破5% 交易员料本月加息50基点可能性更高",
      OpenId: "7207924652704793092",
      GroupId: 1759778149061715,
      GroupType: "article",
      Extra: "",
      CoverImages: [
        {
          Height: 1366,
          Width: 2048,
          Url: "http://p3-open-sign.onewsimg.com/tos-cn-i-tjoges91tu/TXrE8rjAP176Jl~tplv-obj.jpeg?scene=core&x-expires=1741327232&x-signature=jaW2DxwdFHQZWOe34nklwkmRD%2BM%3D",
          Weight: 2048,
        },
      ],
      GenerateType: "toutiao_api",
      Content: "",
      DisplayTag: "",
      DiggCount: 4,
      Author: {
        AuthorId: "1744647256407101",
        Description: "新浪财经提供7*24小时的全球财经内容服务。",
        HomePage:
          "https://open.toutiao.com/u6834587762/?utm_source=cmbcbank_default_content",
        AuthorName: "新浪财经",
        FollowerCount: 0,
        AuthorAvatarUrl:
          "https://p9-open.onewsimg.com/img/user-avatar/574f8f938fd7b41b6893a4316d8f6f73~300x300.image",
        AuthorBizId: "6834587762",
      },
      CommentUrl:
        "https://open.toutiao.com/a7207924652704793092/comment/?utm_source=cmbcbank_default_content",
      PublishTime: 1678225736,
      CommentCount: 1,
      Link: "https://open.toutiao.com/a7207924652704793092/?utm_source=cmbcbank_default_content&label=wap",
      GroupVideos: [],
    },
  ],
};

const shareNewsData = {
  MSG: "交易成功",
  STATUS: "1",
  totals: 123456,
};

export default [
  {
    url: "/api/getNewsInfo",
    method: "post",
    response: newsInfo,
  },
  {
    url: "/api/getShareNewsData",
    method: "post",
    response: shareNewsData,
  }
];
