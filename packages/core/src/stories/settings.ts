import { DEFAULT_STORY_SETTINGS } from "@caixun/core/stories/default-settings";
import { overrideNumbers } from "../settings.js";

/**
 * Every threshold of story grouping in one object, with its default. Times are in hours, lengths in
 * characters of the comparison text (letters, digits and CJK characters; punctuation and white
 * space do not count). Override any of them: `groupStories(articles, { flashWindowHours: 6 })`.
 */
export interface StorySettings {
  /**
   * A text with fewer content characters than this is a flash (快讯). Two copies of a story are
   * compared within the flash window when either of them is a flash, within the article window
   * when both are articles.
   */
  flashMaxCharacters: number;
  /**
   * Largest gap between two copies of a flash. On the seven days of `../shared/dumps`, 98.7% of
   * the cross-feed copies of a flash arrive within 3 hours and 99.6% within 12; recurring daily
   * flashes (a fixing, an index alert) come back after about 24 hours, so the window stays under a day.
   */
  flashWindowHours: number;
  /**
   * Largest gap between a flash that tells the state of a market at one moment (it leads with a
   * move, a board's move or a session report: `moves.ts`) and a copy of it. Two feeds' alerts of
   * one move come minutes apart; hours later the same words tell another session
   * (`国内期货主力合约多数下跌` at 11:32 and at the night open).
   */
  marketSnapshotWindowHours: number;
  /** Largest gap between two copies of an article: a paper's story reposted by a mirror a day later. */
  articleWindowHours: number;
  /**
   * Share of the shorter text's character pairs that must be found in the opening of the longer
   * text, for each half of the shorter text separately: copies agree at their start and at their
   * end, while two statements of one press conference share only the opening words.
   */
  minContainment: number;
  /**
   * Share of the character pairs of the shorter text's first sentence (the headline fact) that
   * must be found in the longer text when the shorter one is a flash: a share-price move is not the
   * same story as the results that moved it, though one quotes the other.
   */
  minLeadContainment: number;
  /**
   * The containment threshold drops to this when the two texts state a distinctive number in
   * common (`报1173.5元/吨`, `营收900.1亿美元`): copies written independently by two feeds share
   * their facts more than their wording.
   */
  corroboratedContainment: number;
  /**
   * Two texts that open with the same words for at least half the shorter one and at least this
   * many characters are copies even when they end differently: one cut short, the other with a
   * boilerplate tail. Two statements of one press conference share a shorter opening (the speaker).
   */
  minSharedOpening: number;
  /**
   * Two flashes within `strongWindowHours` that share a passage of at least this many content
   * characters, word for word, after openings of their own, are copies whatever their containment
   * and first sentences: a piece rewritten at its opening keeps the rest
   * (`MLCC板块逆势上涨的背后，是业界的“超级周期”预测…`), a paraphrase of a spokesman's answer quotes
   * the answer. Two passages of one plan or two statements of one briefing share their preamble (the
   * document's name, the speaker: at most 45 characters on the labelled pairs) at their starts; a
   * flash quoted whole after a market's move shares a passage from its own start; an excerpt of a
   * communiqué (its opening, then one passage) shares the opening too; none of them counts. Both
   * items must be flashes (an article shares passages with a briefing that quotes it), and every
   * guard still applies.
   */
  minSharedPassage: number;
  /**
   * Two items that each state a title, with at least this share of the shorter title's character
   * pairs in the other, corroborate each other like a shared distinctive number does (feeds copy
   * headlines more faithfully than bodies).
   */
  headlineCorroboration: number;
  /**
   * The containment threshold drops to this (by default to nothing: the guards decide) when the
   * two flashes are strongly corroborated: they
   * state the same headline (at least `headlineIdentity` of the shorter one's character pairs,
   * `minHeadlineCharacters` long), or they state at least two figures in common whose significant
   * digits add up to `sharedFactDigits` (`0.48%` and `0.96%`; `6%` and `5653.02点`). Paraphrases
   * written by two feeds share their headline or their figures, not their wording; every guard
   * (numbers, instruments, announcers, securities, companies, digest, time) still applies. Only
   * within `strongWindowHours`: two feeds write up one flash in the same minutes, while a later
   * piece that quotes the same figures or headline is a reaction (the market after a rate decision,
   * a share move after results, a digest that lists the news).
   */
  strongContainment: number;
  /** Largest gap between two items for a same headline or shared figures to corroborate them. */
  strongWindowHours: number;
  /**
   * Two flashes within `crossHeadlineWindowHours` whose titles each find at least this share of
   * their rare character pairs (names and terms: no digit, not among the common words of
   * `COMMON_PAIRS`) in the other item's title or text are strongly corroborated (see
   * `strongContainment`), and their first sentences need not agree: two feeds' paraphrases of one
   * flash name the same parties and things in their headlines (`贵金属板块震荡反弹 招金黄金涨停` /
   * `贵金属板块震荡走高 招金黄金涨停`), while two statements of one briefing share the speaker, not
   * what each headline says. Both titles must be stated and `minHeadlineCharacters` long, titles
   * naming places must name one in common (`PLACES`), and every guard still applies.
   */
  crossHeadlineShare: number;
  /**
   * Two flashes within `crossHeadlineWindowHours` whose first sentences state the same figures (all
   * of those of the one with fewer, with at least `minEventDigits` significant digits) and share
   * at least this many rare character pairs (the parties: `欧佩克`) tell one event, and are strongly corroborated (see
   * `strongContainment`): independent write-ups share facts, not wording. Every guard still applies.
   */
  minEventPairs: number;
  /**
   * Significant digits the figures of an event's first sentence add up to at least (see
   * `minEventPairs`): `维持利率在12%不变` is a fact, `阿里巴巴涨4%` of a roundup and of one stock is not.
   */
  minEventDigits: number;
  /**
   * Kinds of particulars (`particulars.ts`: what happened, who, a Latin name, where, a distinctive
   * figure) two flashes within `particularsWindowHours` must state alike, what happened among them,
   * to be strongly corroborated (see `strongContainment`): independent write-ups of one event
   * (`美军称与沙特军方联合空袭伊拉克境内武装组织` / `美军称精准打击伊拉克境内支持伊朗的组织`) share its
   * particulars, not their wording. Within `closeHeadlineWindowHours` one kind fewer suffices when who
   * (a name or a Latin name) is among them and neither is a company's announcement (`蔡崇信…婚姻`
   * told by two feeds 15 seconds apart). Every guard still applies.
   */
  minParticularKinds: number;
  /**
   * Magnitudes two bulletins of one earthquake may state apart, published within
   * `particularsWindowHours`, in one place, at one minute (`quakes.ts`): two agencies measure one quake
   * on their own scales (`日本气象厅` 5.8, `中国地震台网` 5.3 for Kumamoto on 2026-07-29; 7.1 and 6.8 the day
   * before). Two quakes of one place struck at other minutes.
   */
  quakeMagnitudeSpread: number;
  /** Largest gap between two flashes for their particulars to corroborate them (see `minParticularKinds`). */
  particularsWindowHours: number;
  /**
   * The share `crossHeadlineShare` asks of two flashes published within `closeHeadlineWindowHours` of
   * each other. Two feeds paraphrasing one flash in the same minute or two keep its parties and
   * drop or swap its verbs (`韩国财政部：正在内部审查稳定韩国股市的措施` /
   * `韩国财政部称，正内部研究稳定国内股票市场的措施`); two statements of one briefing come further
   * apart and share the speaker alone. Asked too, within `crossHeadlineWindowHours`, of two titles that
   * state one figure of `distinctiveDigits` or more and the same numbers and Latin names
   * (`EIA：美国上周原油库存减少716.7万桶` / `EIA：美国原油库存上周减少716.7万桶`). Every guard still applies.
   */
  closeHeadlineShare: number;
  /** Largest gap between two flashes for `closeHeadlineShare` to stand for `crossHeadlineShare`. */
  closeHeadlineWindowHours: number;
  /** Rare title pairs each title must find in the other item for `crossHeadlineShare` to count. */
  minCrossHeadlinePairs: number;
  /**
   * Largest gap between two flashes for their headlines to corroborate them that way. On the
   * design days (2026-07-29…31) every paraphrase the headlines found was within 17 minutes; beyond
   * it they joined later snapshots (`成交额突破1万亿` / `突破1.5万亿`) and a fund's advert that reuses
   * a headline.
   */
  crossHeadlineWindowHours: number;
  /**
   * Largest gap between two flashes that lead with the same move (`moves.ts`) for that move to
   * corroborate them strongly (see `strongContainment`) and to stand for their first sentences: one
   * market move (instrument, direction, crossed threshold: `科创50指数涨幅扩大至5%` / `科创50指数涨超5%`),
   * one board's move (`算力租赁概念反复活跃` / `算力租赁板块持续走高`) or one session's report
   * (`期市夜盘收盘` / `大商所、郑商所夜盘收盘`). Two feeds' alerts of one move come minutes apart; a
   * quarter of an hour later a market has moved on.
   */
  leadMoveWindowHours: number;
  /**
   * Stocks two flashes that lead with a board's move under two names of one board (`普钢板块` /
   * `钢铁板块`: one name's last character in the other, `moves.ts` `sameLeadBoard`) must list alike
   * for the two to tell one board's move. Two feeds' alerts of one rally list its leaders (the steel
   * pair 4 of 5, the grid pair 2 of 6); a name's head word alone is shared by boards that differ
   * (`光伏设备` / `电网设备`), and one shared limit-up stock happens between boards that differ.
   */
  minSharedBoardMembers: number;
  /**
   * Percentage points by which two flashes that lead with the same move (see `leadMoveWindowHours`)
   * may state their other percentages apart: the day's change of another index or of the
   * instrument itself, read minutes apart by two feeds (`上证指数跌0.52%` / `沪指跌0.49%`).
   */
  leadMoveDriftPoints: number;
  /**
   * Percentage points by which two feeds' reports of one session's open (`美股三大指数集体低开` /
   * `美股开盘：…`, both within `leadMoveWindowHours`) may read a figure apart. Each feed reads the
   * indexes in the first seconds of trading, when they move fastest: one European open on 2026-07-31
   * read the CAC 40 at +0.92% and +0.04% 47 seconds apart, another on 07-29 the FTSE 100 at +0.83% and
   * +0.40%. The labels count one open as one story whatever the readings (docs/accuracy.md, "How the
   * flash pairs are labelled"); a later alert states a move, not an open. Two reports of one close
   * (`美股收盘：…`, `港股收评：…`) are read so too: one day's close is one story whichever figures each states.
   * A level (an index's points, a price) may lie as far apart, as a share of itself: this many percent
   * (Seoul's close at `报5593.56点` and `报5586.81点`).
   */
  openDriftPoints: number;
  /**
   * Hours within which two reports of one session's open (see `openDriftPoints`) are published: every
   * feed reports an open at the bell (on the seven days of dumps, the feeds' reports of one open came
   * at most 2 minutes apart). A piece about the open a quarter of an hour later (`港股高开！机构：…`, an
   * ETF's write-up) is not a report of it.
   */
  openWindowHours: number;
  /**
   * Share of its value by which two flashes that lead with the same move (see `leadMoveWindowHours`)
   * may state a price or level apart: the quote, read seconds apart by two feeds
   * (`WTI原油大涨7%，现报84.82美元/桶` / `WTI原油日内涨7%，现报84.81美元/桶`). A later snapshot states
   * another move.
   */
  leadMovePriceDrift: number;
  /**
   * Moves two flashes must list alike (`listedMovesOf`: a name, a direction and a percentage each,
   * `乙二醇跌超5%`, `瓶片、丙烯跌超3%`) to report one market moment, like one lead move (see
   * `leadMoveWindowHours`): two feeds' night-session closes open differently (`期市夜盘收盘，…多数下跌` /
   * `国内期货主力合约跌多涨少，…`) and list the same contracts.
   */
  minListedMoves: number;
  /** Share of the shorter headline's character pairs in the other headline for a same headline. */
  headlineIdentity: number;
  /** Content characters the shorter headline needs to count as a same headline (`美股开盘` does not). */
  minHeadlineCharacters: number;
  /** Significant digits that figures both texts state must add up to (two figures at least). */
  sharedFactDigits: number;
  /** Significant digits that make a number distinctive (`1173.5` has 5; `5%` has 1). */
  distinctiveDigits: number;
  /**
   * Distinctive figures (value and unit, `distinctiveDigits` or more each) two flashes within
   * `strongWindowHours` must state alike to tell one story however each opens: two tallies of one
   * day's southbound flow (`南向资金今日净买入25.70亿港元。其中，阿里巴巴-W…15.49亿港元、11.83亿港元；美团-W…12.27亿港元`
   * / `南向十大成交股中，阿里巴巴-W…15.49亿港元、11.83亿港元…美团-W…12.27亿港元`), one lead with the total, the other
   * with the list. Two snapshots of one flow state other figures; two statements of one release, one each.
   */
  minSharedFigures: number;
  /**
   * The opening of the longer text that the shorter one is looked for in: its length is the
   * shorter text's times this factor, plus `openingSlack` characters. A truncated copy matches the
   * beginning of the full one; an item quoted in the middle of a roundup does not.
   */
  openingFactor: number;
  /** Characters added to the opening the shorter text is looked for in (a dateline, a source line). */
  openingSlack: number;
  /**
   * Two numbers with the same unit belong to the same quantity when the words before them in
   * their clause share at least this share of character pairs (Dice coefficient); such numbers
   * must agree (`涨幅扩大至2%` vs `涨幅扩大至3%`).
   */
  quantitySubjectSimilarity: number;
  /** Characters of the clause before a number that name the quantity it measures. */
  quantitySubjectLength: number;
  /**
   * A text's first characters with its digits masked are its template skeleton; a skeleton seen on
   * this many distinct days (the item's own and those within `templateHorizonDays` before it) is a
   * recurring template (人民币中间价, 股指期货早盘收盘, CME FedWatch), and its items are never one
   * story across days.
   */
  templateDays: number;
  /**
   * Days before an item's own day whose sightings of its skeleton count towards `templateDays`:
   * only the past counts (a store assigning one new item knows no more), and only a bounded past,
   * so grouping keeps a bounded history however long the corpus. Two weeks see a weekly release
   * three times.
   */
  templateHorizonDays: number;
  /** Content characters in a template skeleton. */
  skeletonLength: number;
  /** Characters of comparison text kept per item: enough to decide, bounded for a million items. */
  maxComparisonLength: number;
  /**
   * Copies whose comparison text is at least this share of the longest copy's count as complete
   * when the canonical copy is chosen; among them the original outlet wins over an aggregator, then
   * the earliest.
   */
  completeShare: number;
  /**
   * Largest gap between an item and an earlier copy it repeats (one title, and one's whole text
   * opening the other's: `assign.ts` `repeats`) for it to go where that copy went, whatever the
   * story's other copies: a feed that carries another's flash publishes it in the same seconds
   * (eastmoney and cls at one second). Minutes later one ministry's preamble
   * (`国防部举行例行记者会…答记者问。`) opens the next answer's flash, under the next answer's title.
   * Within it too, two items under one title stated alike are one flash whatever figures each text
   * reads (`compare.ts` `oneFlash`): two excerpts of one briefing under its headline.
   */
  repeatWindowHours: number;
  /**
   * The text containment (see `minContainment`) asked of two flashes within `particularsWindowHours`
   * that name one party (`particulars.ts` `sharedNames`: a name of three rare characters outside who
   * speaks, or a Latin name of `minLatinNameLetters` letters or more): two feeds writing one news up in
   * their own words keep its parties and much of their wording (`面壁智能…ForgeStencil`, 0.44, eight
   * minutes apart). On the seven days 0.40 joined a KOSPI close to the foreign buying told after it;
   * from 0.41 every story it joined was one news. Every guard still applies.
   */
  namedContainment: number;
  /**
   * Names two flashes within `particularsWindowHours` must share (see `namedContainment`) for their
   * first sentences to need only `namedLeadContainment`: write-ups of one launch or one deal name it
   * with several of its names and terms (`字节跳动…seedance25`, `众淼控股与众安在线`) however each words
   * its opening; two answers of one briefing or two snapshots of one market share a name or three
   * (`工信部`, `kospi`, `只新股…嘉立创`). Names within a document both lead with are not counted: the document
   * names the briefing, not an answer (the postal bureau's two answers on `《邮政业发展“十五五”规划》` share the
   * bureau's three runs and `邮政业`, and were joined until session 26).
   */
  minLeadNames: number;
  /** The first-sentence containment asked of two flashes that share `minLeadNames` names (see there). */
  namedLeadContainment: number;
  /**
   * The text containment (see `minContainment`) asked of two outlets' flashes published in the same second
   * that each state no figure the other does not and whose titles name something alike (a rare character
   * pair of one title in the other's title or first sentence): a feed that carries another's flash posts it
   * in that second under its own headline, often cut to a line (`美国财政部公布可交易债务融资预估` beside
   * `美国财政部将季度借款预估上调至7390亿美元`, 0.13, both at 03:04:44). One outlet's two flashes of one
   * second are two pieces (a briefing's answers posted together) and are never joined by it; every guard
   * still applies. On the seven days it decides 7 more pairs of two outlets' flashes of one second, each
   * a copy (SK hynix's remark, GlobalFoundries' funding, two days' yen interventions, Trump's post, Iran's
   * Hormuz route, the Treasury's estimate); the unrelated flashes of one second contain each other less
   * than 0.05, share no rare title pair or state figures apart, and two parts of one statement state
   * two events (`EVENT_ACTIONS`: drones and missiles).
   */
  repostContainment: number;
  /**
   * Characters of title and text, at most, in the one place an item past the candidates' bound differs from the newest
   * earlier item it shares a too-common anchor with, for it to join that item's story (`assign.ts` `nearCopyJoins`): a
   * feed's corrected re-send, one character apart.
   */
  nearCopySpan: number;
  /**
   * Earlier carriers, at most, that an item past the candidates' bound asks of `nearCopyJoins` (`assign.ts`
   * `NearCopyCarriers`: the newest carrier of each of its too-common anchors, then of its other anchors, a carrier whose
   * story already refused the item passed over): a copy one character apart carries all but a few of the anchors of the
   * one before it, so the first carrier asked is nearly always in its story, and the next two find it past a copy of
   * another story that shares most of its text (a flash and its twin with another figure). Each ask is a lookup and up
   * to two comparisons — in a store a row read from SQL —, made for every item past the bound that no candidate and no
   * exact copy placed. Raised, such an item looks further back before it founds a story of its own, at that cost each;
   * lowered to 1, an item whose newest carrier is a copy of the twin founds a story of its own, and the next copies of
   * its flash may join it (600 copies of the two KOSPI flashes, alternating, were 10 stories before the walk passed over
   * refused stories, docs/reliability.md). Grouping a corpus and a store ask the same carriers, so both read it here.
   */
  nearCopyPriors: number;
  /**
   * Figures of a text (value and unit, `Features.facts`, the first ones) that carry a candidate anchor each
   * (`assign.ts` `storyAnchors`): character triples leave figures out, so two flashes of one wording with other figures
   * (`跌幅扩大至3%` / `至5%`) share every text anchor, and a near copy past the candidates' bound needs its figure's
   * anchor to lead to its own flash (`NearCopyCarriers`). Few: each anchor counts in the share of anchors two items
   * need to be compared (`CANDIDATES.minShared` of the smaller count), so a table's figures must not outweigh its
   * wording. Raised, a flash of many figures needs more anchors in common with a write-up that states none of them
   * (at 4 already, ths's ETF turnover, `5902.05亿元`, stopped being compared with July's ETF inflows, whose figures
   * differ); lowered, a near copy whose figure is not among the first ones has no anchor leading to its flash.
   * The stored anchors of a store are made with it: change it only with a store written anew.
   */
  figureAnchors: number;
  /**
   * Letters a Latin word needs to name a party for `namedContainment`: shorter ones are words any
   * flash may use (`app`, `etf`, `ceo`).
   */
  minLatinNameLetters: number;
}

/**
 * The defaults, documented field by field on `StorySettings`: data of their own (`stories/default-settings.ts`, the
 * entry `@caixun/core/stories/default-settings`, which a Worker reads from its static assets), read when stories are
 * compared.
 */
export { DEFAULT_STORY_SETTINGS };

/** Settings that are shares (0–1); every other setting is a positive number. */
const SHARES: ReadonlySet<string> = new Set([
  "minContainment",
  "minLeadContainment",
  "corroboratedContainment",
  "headlineCorroboration",
  "strongContainment",
  "headlineIdentity",
  "crossHeadlineShare",
  "closeHeadlineShare",
  "quantitySubjectSimilarity",
  "completeShare",
  "leadMovePriceDrift",
  "namedContainment",
  "namedLeadContainment",
  "repostContainment",
]);

/**
 * The defaults with `overrides` applied. Throws `CaixunError` (`invalid-settings`) for an unknown
 * name or a value out of range.
 */
export function resolveStorySettings(overrides: Partial<StorySettings> | undefined): Readonly<StorySettings> {
  return overrideNumbers(
    DEFAULT_STORY_SETTINGS,
    overrides,
    { setting: "story setting", type: "StorySettings" },
    (name, value) => {
      const share = SHARES.has(name);
      const valid =
        typeof value === "number" && Number.isFinite(value) && (share ? value >= 0 && value <= 1 : value > 0);
      return valid ? null : share ? "a share between 0 and 1" : "a positive number";
    },
  );
}
