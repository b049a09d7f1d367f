export default {
  "code": 20000,
  "message": "OK",
  "data": {
    "us": [{
      "author": {
        "avatar": "https://wdl.wallstreetcn.com/f83fa94f-b838-4b2b-8b1f-eb0115d7a159",
        "display_name": "张丹丹",
        "id": 120000000282,
        "uri": "https://wallstreetcn.com/authors/120000000282"
      },
      "comment_count": 0,
      "content_short": "“如果你是美股多头，下周一是个大日子”。",
      "display_time": 1515329688,
      "id": 3054212,
      "image_uri": "https://wpimg.wallstcn.com/f3f2bc64-c71f-4b72-a604-73fc52be5aa5.jpg",
      "title": "十二年来最佳开局 对美股意味着什么？",
      "uri": "https://wallstreetcn.com/articles/3054212"
    }]
  }
}
