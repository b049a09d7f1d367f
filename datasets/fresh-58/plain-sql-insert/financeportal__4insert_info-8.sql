use financeportal;

insert into info values(8,'中国金融危机的几种可能路径','一边是弱不禁风的人民币，7月1日，再创6年半新低，在岸人民币兑美元盘中跌至6.6591，而离岸人民币6月30日，盘中更曾击穿7.0...','img/chinamarket/shanghaizhengquan.jpg','http://www.jrzj.com/161773.html','china','stock','','');
