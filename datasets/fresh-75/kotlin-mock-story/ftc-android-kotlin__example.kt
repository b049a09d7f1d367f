package com.ft.ftchinese.ui.article

const val mockStory = """
{
	"id": "001076306",
	"type": "Story",
	"createdAt": "2018-02-09T06:07:15Z",
	"updatedAt": "2018-02-09T06:10:27Z",
	"tier": null,
	"title": "China blue-chips sink to 4-month low as equities retreat worsens",
	"standfirst": "新的波动使隔夜美股下跌，此后全球股市抛售再度加速，沪深300指数下跌4.1%，至去年9月下旬以来的最低水平。",
	"coverUrl": "/upload/picture/5/000070735_piclink.jpg",
	"tags": [
		"中国股市",
		"金融",
		"金融市场"
	],
	"bilingual": true,
	"byline": {
		"organization": "英国《金融时报》",
		"authors": [
			{
				"names": [
					"爱德华•怀特"
				],
				"place": "台北报道"
			}
		]
	},
	"areas": [
		"china"
	],
	"genres": [
		"news"
	],
	"industries": [
		"finance"
	],
	"topics": [
		"markets"
	],
	"body": [
		"<p>Chinese stocks tumbled in early trading on Friday as the global equities sell-off again gathered pace in Asia after fresh volatility sent stocks on Wall Street lower overnight. </p>",
		"<p>The CSI 300 index, which tracks the largest companies listed in Shanghai and Shenzhen, sank 4.1 per cent sending the index  to its lowest point since late September.  All market segments were lower but the basic materials, industrials, financials and energy sectors saw the biggest falls, each declining by more than 4 per cent. </p>",
		"<p>Hong Kong-listed Chinese companies did not fare better. The Hang Seng China Enterprises index of large-cap, Hong Kong-listed Chinese companies was down 5.2 per cent to its lowest point in 2018. </p>",
		"<p>The moves came after a decline of 3.8 per cent on Thursday by the S&P 500, which pushed the index to a drop of 10 per cent from its January high and once again fuelling investor concerns over the future of the post-financial crisis rally in equities. </p>",
		"<p>In US trading, the Cboe Global Markets’ Vix index, which tracks expected S&P 500 volatility over the next 30 days, spiked back above 33 on Thursday afternoon after dropping below 25 in early trading.</p>",
		"<p>Tai Hui, J.P. Morgan Asset Management chief market strategist for Asia, said: </p>",
		"<p>Today’s Asian markets are still taking lead from U.S. equity performance overnight. One thing we note that the sell-off in China onshore equity market, which traditionally has a lower correlation with global markets, could have been exacerbated by Chinese investors wanting to cash out before the Lunar New Year holiday.</p>"
	],
	"translator": null,
	"related": [
		{
			"id": "001076303",
			"type": "Story",
			"createdAt": "2018-02-08T22:42:08Z",
			"updatedAt": "2018-02-08T22:51:19Z",
			"tier": "premium",
			"title": "投资者重拾“做空波动率”交易"
		},
		{
			"id": "001076299",
			"type": "Story",
			"createdAt": "2018-02-08T21:48:32Z",
			"updatedAt": "2018-02-08T22:51:19Z",
			"tier": "premium",
			"title": "“逢低买入”的投资准则面临考验"
		}
	]
}
"""
