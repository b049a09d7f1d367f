use financeportal;

insert into info values(4,'股市回升只是“海市蜃楼”？英国脱欧余威在后面','据CNBC报道，美银美林今日发出警告，称投资者不要对英国脱欧过度乐观，并表示“脱欧”对市场的冲击还在后头...','img/othersmarket/zhijiage.png','http://www.jrzj.com/161795.html','eu','stock','','');
