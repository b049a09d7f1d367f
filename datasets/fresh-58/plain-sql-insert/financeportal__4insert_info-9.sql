use financeportal;

insert into info values(9,'连跌11个季度！新加坡楼市创史上最长连跌纪录','新加坡楼市连续11个季度下跌，创下有记录以来最长下跌周期。为了防止楼市泡沫再起，新加坡政府仍不愿意放松施行七年的严控政策...','img/chinamarket/taiwanzhengquan.jpg','http://www.jrzj.com/161761.html','otherpacific','','','');
