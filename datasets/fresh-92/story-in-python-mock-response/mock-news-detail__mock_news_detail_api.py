# 这是一个简单的mock服务，用于模拟新闻详情查询API的响应

import json
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field
import uuid

# 创建FastAPI应用
app = FastAPI(title="Mock News Detail API")

# 添加CORS中间件以允许跨域请求
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# 固定的响应数据
MOCK_RESPONSE = {
    "RSP_BODY": {
        "newsId": "c0ea7651546650151c2a5b10887d710e",
        "requestId": "e78f0ee5-420b-4ace-bb2f-b9da86b46c12",
        "traceNo": "idis-data-uat-idis-6d776f7875-kmnnt-3079909381",
        "TRAN_PROCESS": "",
        "industryNewsVO": {
            "id": "c0ea7651546650151c2a5b10887d710e",
            "title": "【新华财经独家】税务总局回复取消钢材出口退税：暂未听说",
            "contentAbstract": "记者日前从国家税务总局独家获悉，税务总局目前没有获得“取消钢材出口退税”相关信息，也没有相关需要发布披露的信息，一切以公开发布为主。河北省税务局相关负责人回应，准确的文件目前确实没有。",
            "content": """<p style=\"text-indent: 2em; text-align: justify;\">新华财经北京4月15日电（记者董道勇、刘桃熊） 此前有媒体报道，财政部和国家税务总局将联合发布《关于调整相关产品出口退税率的公告》，自4月10日起执行取消钢材出口退税，其中涉及60个钢铁产品的税则号。调整后，热轧、中厚板和螺纹等初级钢铁产品退税率由现有的13%退税率调整为0；冷轧、镀锌等高附加值产品调整为4%。</p ><p style=\"text-indent: 2em; text-align: justify;\">记者日前从国家税务总局独家获悉，税务总局目前没有获得“取消钢材出口退税”相关信息，也没有相关需要发布披露的信息，一切以公开发布为主。</p ><p style=\"text-indent: 2em; text-align: justify;\">河北作为我国钢铁产业大省，2019年粗钢产量达到2.4亿吨，约占我国粗钢产量近四分之一，占世界近八分之一。记者也联系到国家税务总局河北省税务局，河北省税务局相关负责人回应，准确的文件目前确实没有，河北省税务局也是从网上传言得知这一消息的。</p ><p style=\"text-indent: 2em; text-align: justify;\">如今，“取消钢材出口退税”变得愈发扑朔迷离。据了解，2020年3月17日，财政部公布关于提高部分产品出口退税率的清单，将122种钢铁类产品的出口退税率提升至13%。但截至4月10日，目前相关钢材出口退税率显示仍为13%。</p ><p><br/></p ><p style=\"text-align: right;\" xhdiantou=\"\">编辑：胡玉婷</p ><p style=\"font-size: 14px;\" xhdiantou=\"\">版权声明：未经新华财经书面授权许可，严禁任何个人或机构以任何形式复制、引用本文内容或观点。</p ><p style=\"font-size: 14px;\" xhdiantou=\"\">免责声明：新华财经为新华社承建的国家金融信息平台。任何情况下，本平台所发布的信息均不构成投资建议。</p >""",
            "source": "新华财经",
            "authors": [
                "丁雅雯",
                "陈碧琪"
            ],
            "publishTime": "2021-04-13 15:19:26",
            "category": "独家,宏观",
            "contentId": "cbfProd_52838462",
            "reservedField1": None,
            "reservedField2": None,
            "reservedField3": None,
            "reservedField4": None,
            "reservedField5": None
        },
        "newsType": 5,
        "TRAN_ID": ""
    },
    "RSP_HEAD": {
        "TRAN_SUCCESS": "1",
        "TRACE_NO": "idis-data-uat-idis-6d776f7875-kmnnt-3079909381",
        "TRACE_ID": "0cf47a2c.1.88.4u2imhr6869",
        "PROCESS_STATUS_CODE": "N",
        "BIZ_TRACE_NO": None,
        "REQUEST_ID": "e78f0ee5-420b-4ace-bb2f-b9da86b46c12"
    }
}
