const listData = [
    {
        key: 1,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML']
    },
    {
        key: 2,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['CSS']
    },
    {
        key: 3,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML + CSS3']
    },
    {
        key: 4,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML', 'CSS']
    },
    {
        key: 5,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML', 'HTML + CSS3']
    },
    {
        key: 6,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['React']
    },
    {
        key: 7,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML']
    },
    {
        key: 8,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML']
    },
    {
        key: 9,
        src: 'http://h.hiphotos.baidu.com/image/pic/item/11385343fbf2b211ec2f692ac68065380cd78e55.jpg',
        title: '美商务部欲“封杀”中兴 通讯板块概念股一览',
        content: '新浪财经讯 4月17日，中兴通讯(31.310, 0.00, 0.00%)公告称，已获悉美国商务部对公司激活拒绝令。公司正在全面评估此事件对公司可能产生的影响，与各方面积极沟通及应对。',
        author: 'Jugum',
        readNum: '1',
        comment: '2',
        pubTime: '2018-04-12',
        type: ['HTML']
    },
];

export default listData;