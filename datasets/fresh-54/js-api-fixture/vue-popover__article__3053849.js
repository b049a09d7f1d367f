export default {
  "code": 20000,
  "message": "OK",
  "data": {
    "us": [{
      "author": {
        "avatar": "https://dn-wscn-avatar.qbox.me/28/62/7f/dsc-2419.jpg",
        "display_name": "陶旖洁",
        "id": 100001377409,
        "uri": "https://wallstreetcn.com/authors/100001377409"
      },
      "comment_count": 0,
      "content_short": "中美都将在下周发布CPI数据；多名拥有投票权的联储高官都将发表讲话，包括三号人物、纽约联储主席杜德利，关注对税改以及低通胀的观点；朝韩将于周二进行正式会谈。",
      "display_time": 1515316087,
      "id": 3053849,
      "image_uri": "https://wpimg.wallstcn.com/e2d17665-41b8-4c15-9ca9-ae9d71fa6eef.jpg",
      "title": "下周重磅财经事件一览：中美通胀数据、美联储高官讲话、朝韩会谈",
      "unshow_content_short": false,
      "uri": "https://wallstreetcn.com/premium/articles/3053849?layout=wscn-layout"
    }]
  }
}
