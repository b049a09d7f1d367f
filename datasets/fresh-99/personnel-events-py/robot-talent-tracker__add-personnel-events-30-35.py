#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
添加人事动态事件到 events.json
"""

import json
import os
import re
from datetime import datetime
from difflib import SequenceMatcher

def load_events():
    with open('data/events.json', 'r', encoding='utf-8') as f:
        return json.load(f)

def save_events(events):
    with open('data/events.json', 'w', encoding='utf-8') as f:
        json.dump(events, f, ensure_ascii=False, indent=2)

def generate_id(company, date, idx=0):
    """生成唯一ID"""
    prefix = company[:2]
    date_part = date.replace('-', '')[:6]
    return f"{prefix}{date_part}{idx:02d}"

def normalize_text(text):
    """标准化文本"""
    if not text:
        return ''
    text = re.sub(r'[^\w\s]', '', text)
    return text.lower().strip()

def similarity(a, b):
    """计算相似度"""
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()

def deduplicate_events(events):
    """三层去重"""
    seen = {}  # key: (company, date, title) -> event
    unique = []
    removed = 0
    
    for e in events:
        company = e.get('company', '')
        date = e.get('date', '')[:10]
        title = normalize_text(e.get('title', ''))
        event_id = e.get('id', '')
        
        key = (company, date, title)
        
        if key in seen:
            removed += 1
            continue
        
        # 相似度检查
        is_dup = False
        for existing_key in list(seen.keys()):
            ec, ed, et = existing_key
            if ec == company and ed == date and similarity(title, et) >= 0.8:
                is_dup = True
                removed += 1
                break
        
        if not is_dup:
            seen[key] = e
            unique.append(e)
    
    if removed > 0:
        print(f"  [Dedup] Removed {removed} duplicates")
    return unique

# 人事动态数据（搜索到的真实新闻）
personnel_events = [
    {
        "company": "特斯拉",
        "person_name": "Ashish Kumar",
        "action": "离职",
        "old_role": "Optimus AI团队负责人",
        "new_role": "-",
        "title": "特斯拉Optimus AI团队负责人Ashish Kumar离职，加入Meta",
        "title_en": "Tesla Optimus AI Lead Ashish Kumar Departs for Meta",
        "summary": "特斯拉Optimus AI团队负责人Ashish Kumar于2023年7月加入特斯拉，2025年9月19日宣布离职并加入Meta担任研究科学家。他领导团队研究可扩展AI方法，用强化学习技术替换传统机器人控制栈。",
        "source": "新浪财经",
        "source_url": "https://finance.sina.com.cn/stock/bxjj/2025-09-19/doc-infqyxsq9853632.shtml",
        "date": "2025-09-19"
    },
    {
        "company": "特斯拉",
        "person_name": "Milan Kovac",
        "action": "离职",
        "old_role": "Optimus项目负责人/高级副总裁",
        "new_role": "-",
        "title": "特斯拉Optimus项目负责人Milan Kovac宣布离职",
        "title_en": "Tesla Optimus Project Lead Milan Kovac Departs",
        "summary": "特斯拉Optimus人形机器人项目负责人Milan Kovac在社交媒体宣布即将离职，他表示这是'一生中最艰难的决定'。Milan Kovac曾负责Optimus项目的整体技术方向。",
        "source": "今日头条",
        "source_url": "https://www.toutiao.com/article/7513050617695175195/",
        "date": "2025-06-07"
    },
    {
        "company": "Sanctuary AI",
        "person_name": "Geordie Rose",
        "action": "离职",
        "old_role": "创始人兼CEO",
        "new_role": "-",
        "title": "Sanctuary AI创始人兼CEO Geordie Rose离职（被董事会罢免）",
        "title_en": "Sanctuary AI Co-founder & CEO Geordie Rose Departs",
        "summary": "2024年11月9日，Sanctuary AI在官网宣布创始人兼CEO Geordie Rose离职。媒体报道显示，Geordie Rose是被董事会罢免的，而非主动辞职。公司当时正面临量产进度不及预期的压力。",
        "source": "腾讯新闻",
        "source_url": "https://news.qq.com/rain/a/20241117A0209E00",
        "date": "2024-11-09"
    },
    {
        "company": "Sanctuary AI",
        "person_name": "Rachael McIntosh",
        "action": "接任",
        "old_role": "-",
        "new_role": "临时CEO",
        "title": "Sanctuary AI首席商务官Rachael McIntosh接任临时CEO",
        "title_en": "Sanctuary AI Appoints Rachael McIntosh as Interim CEO",
        "summary": "在创始人Geordie Rose被罢免后，Sanctuary AI首席商务官Rachael McIntosh接任临时CEO。",
        "source": "The Logic",
        "source_url": "https://info.creditriskmonitor.com/NewsStory.aspx?NewsId=49229588",
        "date": "2024-11-09"
    },
    {
        "company": "星海图",
        "person_name": "许华哲",
        "action": "离职",
        "old_role": "首席科学家",
        "new_role": "-",
        "title": "星海图首席科学家许华哲离职创业，成立破壳机器人",
        "title_en": "StarSea Chief Scientist Xu Huazhe Departs to Found Poko Robotics",
        "summary": "2026年2月，星海图首席科学家许华哲正式离职创业，成立新公司破壳机器人，瞄准家庭机器人市场。破壳机器人已获得星海图种子轮投资。许华哲是清华大学博士，曾任星海图首席科学家。",
        "source": "搜狐",
        "source_url": "https://www.sohu.com/a/986273677_701814",
        "date": "2026-02-11"
    },
    {
        "company": "智元机器人",
        "person_name": "多位高管",
        "action": "离职",
        "old_role": "高管",
        "new_role": "-",
        "title": "智元机器人多位高管密集离职",
        "title_en": "Multiple Executives Depart from AgiBot",
        "summary": "2025年8月，智元机器人被曝多位高管密集离职。此前2024年10月，CEO邓泰华进行了研发部门组织架构改革，由中台部门变为以各产品线为核心的项目制。",
        "source": "腾讯新闻",
        "source_url": "https://news.qq.com/rain/a/20250807A05DTE00",
        "date": "2025-08-07"
    },
]

def main():
    # 加载现有事件
    events = load_events()
    existing_ids = {e.get('id') for e in events}
    
    # 生成新事件
    new_count = 0
    for pe in personnel_events:
        event_id = generate_id(pe['company'], pe['date'])
        idx = 0
        while event_id in existing_ids:
            idx += 1
            event_id = generate_id(pe['company'], pe['date'], idx)
        
        event = {
            "id": event_id,
            "company": pe['company'],
            "type": "personnel",
            "title": pe['title'],
            "title_en": pe.get('title_en', ''),
            "summary": pe.get('summary', ''),
            "source": pe['source'],
            "source_url": pe['source_url'],
            "date": pe['date'],
            "created_at": datetime.now().isoformat(),
            "media_sources": [pe['source']],
            # 人事动态特有字段
            "person_name": pe['person_name'],
            "action": pe['action'],
            "old_role": pe.get('old_role', ''),
            "new_role": pe.get('new_role', '')
        }
        events.append(event)
        new_count += 1
        print(f"+ {pe['company']} - {pe['person_name']} {pe['action']} ({pe['date']})")
    
    # 去重
    print("\n[Dedup] Running deduplication...")
    events = deduplicate_events(events)
    
    # 保存
    save_events(events)
    print(f"[OK] Added {new_count} personnel events")
    print(f"[Total] Current events: {len(events)}")

if __name__ == '__main__':
    main()
