import React, { useState } from 'react';
import styled from 'styled-components';
import { getPhrases, getSentences, getParagraphs } from './utils';
import map from './loader';

const STORY = `（中央社記者楊啟芳台北31日電）「麟洋配」王齊麟和李洋今天在東京奧運羽球男雙勇奪金牌，賽後王齊麟興奮地在臉書發文，「我是台灣羽球選手王齊麟。」李洋則說：「我是金門人，我來自台灣。」

今天對上中國組合劉雨辰、李俊慧的金牌戰，王齊麟和李洋在首局雖然一度落後，不過之後愈打愈順，反倒以21比18逆轉拿下；第2局則是一路領先，最終以21比18、21比12摘下金牌，為台灣拿下奧運羽球項目首金。

賽後王齊麟發文再度貼出國旗，他表示，「請大家告訴我！這是真的嗎？我們麟洋讓世界看見台灣了，我們麟洋真的做到了！再次向全世界大聲的自我介紹，我是台灣羽球選手王齊麟，I am Wang Chi Lin，I am from Taiwan。」

李洋也貼文表示，「難以置信的站上奧運冠軍的頒獎台上，看著我們中華台北的旗子升起，唱著我們中華民國的國旗歌，內心的感動和激動無法言喻，今天，我要很驕傲的再次告訴大家，我是李洋，我是金門人，我來自台灣。」

李洋也說：「我們麟洋讓世界看見了台灣，謝謝所有支持我們，幫助我們，為我們一路加油的所有人，這份奧運殿堂上最高的榮耀，獻給我的國家－台灣，並與所有支持我們的人分享。」（編輯：張銘坤）1100731`;

const TONE_DOT = '˙';
const TONE_2ND = 'ˊ';
const TONE_3RD = 'ˇ';
const TONE_4TH = 'ˋ';

const OriginalStory = styled.textarea`
  height: 200px;
  width: calc(100% - 2px - 10px);
  margin: 0 0 5px 0;
  padding: 5px;
`;
