import { STORIES_MOVES_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { instrumentMentions, instrumentNames } from "./instruments.js";
import { type Quantity, quantitiesIn } from "./quantities.js";

/**
 * The market move a flash leads with: the instrument its first sentence names first, the direction
 * of the move, and the figure that measures it (`科创50指数涨幅扩大至5%` → STAR 50, up, 5%). Two feeds
 * writing up one move state these alike however they word the rest (`韩国KOSPI指数跌逾2%` /
 * `韩国综指跌幅扩大至2%`), while two snapshots of one market differ in the figure and the number guard
 * keeps them apart.
 */
export interface LeadMove {
  /** `family:member` of the instrument (`chinaIndex:star50`). */
  instrument: string;
  up: boolean;
  quantity: Quantity;
  /** Where the instrument's name starts in the first sentence: the flash opens with the move when it is near 0. */
  at: number;
}

/**
 * The patterns below are compiled from their literals (`STORIES_MOVES_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesMovesPatternsCompiled = false;
/**
 * Words that say a price or an index went up or down (an open above or below the last close
 * included: `恒生指数高开0.4%` / `恒生指数开盘涨0.4%`), or crossed a level on the way up.
 */
let RISE: RegExp;
let FALL: RegExp;
let CROSS: RegExp;
/**
 * How long a move has gone on, right after the instrument (`沪深两市成交额连续第7个交易日突破2万亿`):
 * one feed says it, another leaves it out; the move is what follows. Anchored, with bounded runs.
 */
let STREAK: RegExp;
/** The unit of a streak's count (see `quantitiesIn`). */
const STREAK_UNIT = "个交易日";
/** Where a clause ends: the move must be told in the instrument's own clause. */
let CLAUSE_END: RegExp;
let DIGIT: RegExp;

/**
 * The move `lead` (a first sentence, with its quantities) opens with, or null when its first
 * instrument is not followed in its own clause by one direction and a figure that measures it, nor
 * by a verb and a clause of the move's size (`sizedInNextClause`).
 */
export function leadMoveOf(lead: string, leadQuantities: readonly Quantity[]): LeadMove | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const mention = instrumentMentions(lead)[0];
  if (mention === undefined) return namedMoveOf(lead, leadQuantities);
  const rest = lead.slice(mention.end).replace(STREAK, "");
  const digit = rest.search(DIGIT);
  if (digit === -1) return null;
  const words = rest.slice(0, digit);
  if (CLAUSE_END.test(words)) {
    const sized = sizedInNextClause(rest);
    return sized === null ? null : { instrument: mention.key, ...sized, at: mention.start };
  }
  const up = directionOf(words);
  if (up === null) return null;
  const subject = `@${mention.key}`;
  const quantity = leadQuantities.find((q) => q.subject === subject && q.unit !== STREAK_UNIT);
  return quantity === undefined ? null : { instrument: mention.key, up, quantity, at: mention.start };
}

/**
 * The one direction `words` tell: true for up, false for down, null for none or both. `跌超2%`
 * falls past a level; `涨` and `跌` in one clause (`由涨转跌`, `低开高走`) tell no one direction.
 */
function directionOf(words: string): boolean | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const falls = FALL.test(words);
  const rises = RISE.test(words) || (!falls && CROSS.test(words));
  return rises === falls ? null : rises;
}

/**
 * Verbs that say which way something went without a figure (`下挫`, `跳水`, `走高`, `持续上扬`): the
 * first clause of a move told in two (see `sizedInNextClause`).
 */
let VERB_UP: RegExp;
let VERB_DOWN: RegExp;
/** Where a direction word or verb starts (a name ends there): `飙升` and `上扬` start before their `升`. */
let VERB: RegExp;
/**
 * A clause that gives a move's size: it opens with the direction, after at most a few words of when
 * (`现跌2%`, `日内大跌10%`, `跌幅扩大至1.0%`, `盘中涨近13%`); not `此前一度涨超4%`, an earlier move. Anchored.
 */
let SIZE: RegExp;
/**
 * A turn (`盘初快速转跌，现跌超1.2%`, `转涨，现涨1%`): the alert is of the turn, and the figure after it
 * a reading at that moment, not the threshold another feed's alert of the move crosses (the labels
 * count a turn and a move's threshold as two moments).
 */
let TURN: RegExp;
/** Characters of subject kept with the figure a size clause is read for (its subject is not used). */
const SIZE_SUBJECT = 8;

/**
 * A move told in two clauses: a verb that says which way it went, with no figure, then a clause that
 * gives its size in the same direction, its first figure a percentage (`苹果盘后下挫，现跌2%`,
 * `韩国综指继续下跌，日内大跌10%`, `恒生科技指数延续下跌，跌幅扩大至1.0%`). `rest` is what follows the
 * subject. Null when it is not so told: the second clause names another thing (`…走强，哔哩哔哩涨超5%`),
 * an earlier move (`…转为上涨，此前一度跌超9%`), or another direction.
 */
function sizedInNextClause(rest: string): { up: boolean; quantity: Quantity } | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const end = rest.search(CLAUSE_END);
  if (end === -1) return null;
  const verb = rest.slice(0, end);
  if (DIGIT.test(verb) || TURN.test(verb)) return null;
  const up = verbDirectionOf(verb);
  const next = rest.slice(end + 1);
  if (up === null || !SIZE.test(next)) return null;
  const nextEnd = next.search(CLAUSE_END);
  const clause = nextEnd === -1 ? next : next.slice(0, nextEnd);
  const digit = clause.search(DIGIT);
  if (digit === -1 || !PERCENT_FIRST.test(clause.slice(digit)) || directionOf(clause.slice(0, digit)) !== up)
    return null;
  const quantity = quantitiesIn(clause, SIZE_SUBJECT)[0];
  return quantity === undefined || quantity.unit !== "%" ? null : { up, quantity };
}

/** The one direction a clause's verbs tell (`继续下跌`, `直线跳水`), null for none or both (`涨跌互现`). */
function verbDirectionOf(words: string): boolean | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const up = VERB_UP.test(words);
  return up === VERB_DOWN.test(words) ? null : up;
}

/**
 * A first clause that says after what the move came (`财报公布后`, `在发布ZEUS III期临床试验最新进展后`):
 * no figure and no direction, ending in `后`. Anchored, with a bounded run.
 */
let CIRCUMSTANCE: RegExp;

/** Characters before the move a lead opens with a circumstance (see `CIRCUMSTANCE`), else 0. */
function circumstanceLength(lead: string): number {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const circumstance = CIRCUMSTANCE.exec(lead);
  return circumstance === null || VERB.test(circumstance[0]) ? 0 : circumstance[0].length;
}

/** How a named move's instrument key starts (`name:谷歌`). */
const NAMED = "name:";
/** Longest name (with its venue and manner words) that a named move is read from. */
const MAX_NAMED_SUBJECT = 20;
/**
 * Words around a name that say where or how it traded, not what it is: two feeds write
 * `广期所多晶硅主力合约大涨6%` and `多晶硅期货主力合约强势上涨超6%`, `谷歌A美股盘前涨超2%` and
 * `谷歌美股盘前涨超2%` of one move.
 */
let VENUE: RegExp;
/** An exchange a contract is named with (`广期所多晶硅`). */
let EXCHANGE: RegExp;
/**
 * Manner words right before the direction (`大涨`, `强势上涨`, `直线拉升`, `收跌`): a run at the end of a
 * name of at most `MAX_NAMED_SUBJECT` characters. @bounded: the name is at most 20 characters, so
 * trying each start of the run costs at most 400 steps.
 */
let MANNER: RegExp;
/**
 * A share class or listing after a company's name (`谷歌A`, `阿里巴巴-W`, `百度集团-SW`, `SK海力士ADR`):
 * one company's move, however it trades.
 */
let SHARE_CLASS: RegExp;
/** A percentage as the first figure of a clause (`6%`, `2.35%`). */
let PERCENT_FIRST: RegExp;
/** Names that say no one thing moved: a market, a board, a pronoun. */
let NOT_A_NAME: RegExp;

/**
 * A move led by a name the instrument tables do not hold (a company, a commodity contract): the
 * first clause opens with the name, then one direction, then a percentage as its first figure
 * (`谷歌A美股盘前涨超2%`, `广期所多晶硅主力合约大涨6%`), or with the name and a verb, the size in the
 * next clause (`诺和诺德美股盘前直线跳水，现跌超10%`); a circumstance may come first (`财报公布后，`: the
 * move's `at` is where the name starts). The name is compared without its venue, exchange, manner
 * words and share class, so two feeds' alerts of one move key alike.
 */
function namedMoveOf(lead: string, leadQuantities: readonly Quantity[]): LeadMove | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const skip = circumstanceLength(lead);
  const body = lead.slice(skip);
  const end = body.search(CLAUSE_END);
  const clause = end === -1 ? body : body.slice(0, end);
  const digit = clause.search(DIGIT);
  let at: number;
  let move: { up: boolean; quantity: Quantity } | null;
  if (digit === -1) {
    // Told in two clauses: the name ends where the verb starts.
    at = clause.search(VERB);
    move = at === -1 ? null : sizedInNextClause(body.slice(at));
  } else {
    if (!PERCENT_FIRST.test(clause.slice(digit))) return null;
    const words = clause.slice(0, digit);
    at = words.search(VERB);
    const up = at === -1 ? null : directionOf(words.slice(at));
    // A circumstance states no figure, so the clause's first is the lead's first quantity.
    const quantity = leadQuantities[0];
    move = up === null || quantity === undefined ? null : { up, quantity };
  }
  if (move === null || at < 2 || at > MAX_NAMED_SUBJECT) return null;
  const name = clause
    .slice(0, at)
    .replace(MANNER, "")
    .replace(VENUE, "")
    .replace(EXCHANGE, "")
    .replace(SHARE_CLASS, "");
  if (name.length < 2 || NOT_A_NAME.test(name)) return null;
  return { instrument: `${NAMED}${name}`, ...move, at: skip };
}

/**
 * True when `text` (content characters) names what `move` is of: one of its instrument's names
 * (`kospi`, `韩国综指`), or a named move's name once venue words are set aside on both sides
 * (`国际原油结算价` in `国际原油期货结算价`).
 */
export function namesMove(text: string, move: LeadMove): boolean {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const name = leadName(move);
  if (name === null) return instrumentNames(move.instrument).some((alias) => text.includes(alias));
  return text.includes(name) || text.replace(VENUE, "").includes(name);
}

/** The name a flash's lead move is of (`namedMoveOf`), or null when it leads with none or with an instrument's. */
export function leadName(move: LeadMove | null): string | null {
  return move?.instrument.startsWith(NAMED) ? move.instrument.slice(NAMED.length) : null;
}

/** True when two flashes lead with the same move: one instrument, one direction, one figure. */
export function sameLeadMove(a: LeadMove | null, b: LeadMove | null): boolean {
  if (a === null || b === null || a.instrument !== b.instrument || a.up !== b.up) return false;
  if (a.quantity.unit !== b.quantity.unit) return false;
  const [aLow, aHigh] = moveRange(a.quantity);
  const [bLow, bHigh] = moveRange(b.quantity);
  return aLow === bLow || (aLow < bHigh && bLow < aHigh);
}

/**
 * The values a move's figure stands for. A figure in a market alert is a threshold the move has
 * crossed (`涨幅扩大至2%`, `突破1.5万亿`: from 2 up to 3, from 1.5 up to 1.6), so it does not stand
 * for 1.6% or 2.5% the way a rounded figure would; a qualified one (`跌超2%`, `涨近2%`) keeps the
 * interval its wording allows. Two feeds' alerts of one move cross one threshold, while a snapshot
 * minutes later has crossed the next (`涨逾14%` / `暴涨15%`, `突破1.5万亿` / `突破2万亿`).
 */
function moveRange(q: Quantity): [number, number] {
  return q.qualified ? [q.low, q.high] : [q.value, q.value + (q.high - q.low)];
}

/**
 * The board move a flash leads with: the concept or board its first clause opens with and which way
 * it went (`算力租赁概念反复活跃` / `算力租赁板块持续走高`, `MLCC概念震荡反弹` / `午后MLCC概念活跃`). Two
 * feeds' flashes of one board's move name the board alike and list different stocks.
 */
export interface LeadBoard {
  /** The board's name as written before `概念` or `板块` (NFKC, lower case). */
  name: string;
  up: boolean;
  /** The stocks the rest of the first sentence lists (`柳钢股份涨停，安阳钢铁、本钢板材等跟涨`), as written. */
  members: string[];
}

/**
 * A first clause that opens with a board: an optional time of the session, then at most 10
 * characters of name before `概念` or `板块`. Anchored at the start, with bounded runs.
 */
let BOARD: RegExp;
/** Words that say which way a board went. */
let BOARD_UP: RegExp;
let BOARD_DOWN: RegExp;

/** The board move `lead` (a first sentence) opens with, or null when it opens with none or tells no one direction. */
export function leadBoardOf(lead: string): LeadBoard | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const board = BOARD.exec(lead);
  if (board === null) return null;
  const rest = lead.slice(board[0].length);
  const end = rest.search(CLAUSE_END);
  const clause = end === -1 ? rest : rest.slice(0, end);
  const up = BOARD_UP.test(clause);
  if (up === BOARD_DOWN.test(clause)) return null;
  return { name: board[1]!, up, members: end === -1 ? [] : boardMembers(rest.slice(end + 1)) };
}

/**
 * A stock named at the start of a list item, before what it did (`柳钢股份2连板`, `马钢股份等纷纷走高`,
 * `中电鑫龙涨停`, `朗姿股份走出4天2板`): 2 to 8 characters, the fewest that reach a move word, a count,
 * `等` or the item's end.
 * Anchored, with a bounded lazy run.
 */
let MEMBER: RegExp;
/** Where one item of a board flash's list of stocks ends. */
let MEMBER_END: RegExp;
/** What a list item may say before the stock it names (`此前广电电气涨停`). Anchored. */
let MANNER_BEFORE: RegExp;
/**
 * A list item that names the part of the board that led, not a stock (`CXO方向领涨`, `光芯片方向领涨`),
 * before the stocks: the rally's leader is the first stock after it. Anchored at the item's end.
 */
let LEADING_PART: RegExp;

/** The stocks a board flash lists after its first clause (`boardMembers("柳钢股份涨停，安阳钢铁、本钢板材等跟涨")`). */
function boardMembers(list: string): string[] {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const members: string[] = [];
  for (const item of list.split(MEMBER_END)) {
    if (LEADING_PART.test(item)) continue;
    const member = MEMBER.exec(item.replace(MANNER_BEFORE, ""));
    if (member !== null && !members.includes(member[1]!)) members.push(member[1]!);
  }
  return members;
}

/**
 * True when two flashes lead with one board's move in one direction: under one name; led by one
 * stock, the first each lists (`硅料硅片板块走高，通威股份涨停` / `光伏概念持续反弹 通威股份涨停`: a feed
 * names the rally by a board, another by a wider one or a concept, and both by its leader); or under
 * two names of one board — a feed's board and another's name for it or for the sub-board that led
 * (`普钢板块` / `钢铁板块`, `输变电设备板块` / `电网设备板块`, `非银金融板块` / `大金融板块`) — that list at
 * least `minSharedMembers` stocks alike. Names of one board share its head (`sameHead`: 钢, 备,
 * 融); two boards led by two stocks are named apart (`医疗服务板块高开，百花医药涨停` / `创新药概念…，
 * 药明康德…涨停`), however many stocks further down their lists they share, and so are one leader's
 * boards in two markets (`marketOf`).
 */
export function sameLeadBoard(a: LeadBoard | null, b: LeadBoard | null, minSharedMembers: number): boolean {
  if (a === null || b === null || a.up !== b.up) return false;
  if (a.name === b.name) return true;
  if (a.members.length > 0 && a.members[0] === b.members[0] && marketOf(a.name) === marketOf(b.name))
    return true;
  if (!sameHead(a.name, b.name) && !sameHead(b.name, a.name)) return false;
  let shared = 0;
  for (const member of a.members) if (b.members.includes(member)) shared++;
  return shared >= minSharedMembers;
}

/**
 * The market a board's name opens with (`港股医药外包`: Hong Kong), or "" for the home market: one
 * company's A and H shares carry one name (`药明康德`), and their two boards' rallies are two.
 */
let BOARD_MARKET: RegExp;
function marketOf(name: string): string {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  return BOARD_MARKET.exec(name)?.[0] ?? "";
}

/**
 * True when board name `b` is named after `a`'s head, its last character: `b` ends with it (one head,
 * `电网设备` / `输变电设备`, `大金融` / `非银金融`) or opens with it (`普钢` / `钢铁`). A head further inside
 * is a modifier (`创新药` / `港股医药外包`: outsourcing, not drugs).
 */
function sameHead(a: string, b: string): boolean {
  const head = a.at(-1)!;
  return b.startsWith(head) || b.endsWith(head);
}

/**
 * The market session a flash opens by reporting (`期市夜盘收盘`, `大商所、郑商所夜盘收盘`, `港股午间收盘`,
 * `国内商品期货开盘`, `期货收评`, `国内商品期货多数收跌`):
 * `market:session`. Two feeds' reports of one session list different contracts or stocks first. The
 * market and the session are written together, after at most 8 characters (who reports), so a
 * stock's own debut (`中际旭创港股上市首日开盘`) is not a market's open; a title may date the session
 * first (`8月4日港股收盘：…`), and a stock market its index group before the session (`A股三大指数收涨`,
 * `美股三大指数集体收跌`), and Hong Kong's market its index (`香港恒生指数收跌0.6%`, one feed's close of the
 * day another writes `港股收盘，恒生指数跌0.6%`); Tokyo's and Seoul's closes are told by their indexes
 * too (`日经225指数收涨0.71%…；韩国KOSPI指数收跌1.23%` / `日经225指数收涨0.71%…。韩国综指收跌1.35%`).
 * Anchored, with bounded runs.
 */
let SESSION: RegExp;
/**
 * One market under the names feeds give it: the commodity futures market is `期市`, `商品期货` or
 * `期货` (`期市早盘开盘` / `国内商品期货开盘`), Hong Kong's `港股` or its index (`恒生指数收跌`), Tokyo's `日股` and Seoul's `韩股` theirs (`日经225指数收涨`, `韩国综指收跌`); stock-index futures are a market of their own, and so are treasury futures (`国债期货收盘` is not `国内商品期货收盘`).
 */
const MARKET_OF: Readonly<Record<string, string>> = {
  期市: "期货",
  商品期货: "期货",
  恒生指数: "港股",
  恒指: "港股",
  日经225指数: "日股",
  韩国kospi指数: "韩股",
  韩国综指: "韩股",
  韩国综合指数: "韩股",
};
const SESSION_OF: Readonly<Record<string, string>> = {
  早盘开盘: "open",
  开盘: "open",
  早盘收盘: "midday",
  午间收盘: "midday",
  午盘: "midday",
  午评: "midday",
  收盘: "close",
  收评: "close",
  收市: "close",
};

/**
 * A stock market's open told by its index group (`美股三大指数集体低开`, `欧洲主要股指开盘集体上涨`,
 * `欧洲主要股指集体高开`, `日韩股市集体高开`): the market, then at most its group of indexes, then the
 * open (not `美股高开高收` or `美股高开高走，三大指数集体收涨`: the day, told at the close). Each feed reads the indexes seconds after the bell, so two feeds'
 * opens state other figures and name the indexes in another order; the open is one moment. Anchored,
 * with bounded runs.
 */
let GROUP_OPEN: RegExp;
/** One market under the names its opens are told by. */
const GROUP_MARKET_OF: Readonly<Record<string, string>> = { 欧洲股市: "欧股", 欧洲主要股指: "欧股" };

/**
 * A review that names no market (`午评：科创50指数半日涨近6%…`, `收评：创业板指探底回升…`) is the A-share
 * market's: the feeds name every other market's (`港股收评`, `期货收评`), and write `A股午评` for the same
 * session. Anchored.
 */
let A_SHARE_REVIEW: RegExp;
/**
 * A midday report told by the A-share indexes and the half day's turnover (eastmoney's daily `【午盘播报】`, its column
 * tag left out of the comparison text: `沪指上涨0.76%，报3833.65点；深成指上涨3.16%…，两市半日合计成交17853亿。`): the
 * same session as the other feeds' `午评` and `截至午盘` write-ups minutes apart, with which it shares the indexes'
 * figures but few words. Anchored at an index, the turnover's `半日` before the first full stop (past the `；` that
 * ends a story's first sentence); bounded runs.
 */
let A_SHARE_HALF_DAY: RegExp;

/** The session report `lead` (a first sentence, or a title) opens with, or null. */
export function leadSessionOf(lead: string): string | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const session = SESSION.exec(lead);
  if (session === null) {
    const open = GROUP_OPEN.exec(lead);
    if (open !== null) return `${GROUP_MARKET_OF[open[1]!] ?? open[1]}:open`;
    const review = A_SHARE_REVIEW.exec(lead);
    return review === null ? null : `a股:${SESSION_OF[review[1]!]}`;
  }
  const [, market, when] = session;
  // `多数收跌`, `收涨`: the market closed, whichever way.
  return `${MARKET_OF[market!] ?? market}:${SESSION_OF[when!] ?? "close"}`;
}

/**
 * The session a text reports when it opens with the A-share indexes and states the half day's turnover before its first
 * full stop (`A_SHARE_HALF_DAY`): the midday report, though its first sentence (to the first `；`) names no session.
 */
export function halfDaySessionOf(text: string): string | null {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  return A_SHARE_HALF_DAY.test(text) ? "a股:midday" : null;
}

/** Characters of a clause before its direction word that a list of names is read from. */
const MAX_LISTED_NAMES = 60;
/** Longest single name in a list of moves (`低硫燃料油`, `applied optoelectronics`). */
const MAX_LISTED_NAME = 24;
/** The figure right after a list's direction word: `跌超5%`, `涨近2.5%`. Anchored. */
let LISTED_FIGURE: RegExp;
/** An alias in brackets after a name (`乙二醇（EG）`, `低硫燃料油(LU)`): the name is read without it. */
let ALIAS: RegExp;
/**
 * A date or a period in front of a direction (`高盛预测全球股市将在2026年上涨9%`, `但在2026年已下跌20%`):
 * a forecast or a record, not a name in a list of moves.
 */
let CALENDAR_WORD: RegExp;
/** Where a clause of a list ends. */
let LIST_CLAUSE_END: RegExp;

/** Compiles `STORIES_MOVES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesMovesPatterns(): void {
  [
    RISE,
    FALL,
    CROSS,
    STREAK,
    CLAUSE_END,
    DIGIT,
    VERB_UP,
    VERB_DOWN,
    VERB,
    SIZE,
    TURN,
    CIRCUMSTANCE,
    VENUE,
    EXCHANGE,
    MANNER,
    SHARE_CLASS,
    PERCENT_FIRST,
    NOT_A_NAME,
    BOARD,
    BOARD_UP,
    BOARD_DOWN,
    MEMBER,
    MEMBER_END,
    MANNER_BEFORE,
    LEADING_PART,
    BOARD_MARKET,
    SESSION,
    GROUP_OPEN,
    A_SHARE_REVIEW,
    A_SHARE_HALF_DAY,
    LISTED_FIGURE,
    ALIAS,
    CALENDAR_WORD,
    LIST_CLAUSE_END,
  ] = STORIES_MOVES_PATTERNS.map(regexFromLiteral) as RegExps<34>;
  storiesMovesPatternsCompiled = true;
}

/**
 * The moves a text lists, clause by clause, as `name|up|figure` (`乙二醇|down|超5`): a clause that
 * names one or more things, set off by `、`, then one direction and a percentage
 * (`瓶片、丙烯跌超3%`, `康宁涨超5%`). Two feeds' reports of one market moment (a night session's
 * close, a sector's run) list the same things at the same thresholds, however each opens; a report
 * minutes later has moved on (`燃油跌超2%` becomes `燃油跌超3%`).
 */
export function listedMovesOf(text: string): Set<string> {
  if (!storiesMovesPatternsCompiled) compileStoriesMovesPatterns();
  const moves = new Set<string>();
  for (const clause of text.split(LIST_CLAUSE_END)) {
    const at = clause.search(/[涨跌]/u);
    if (at < 1 || at > MAX_LISTED_NAMES) continue;
    const figure = LISTED_FIGURE.exec(clause.slice(at + 1));
    if (figure === null) continue;
    const up = clause[at] === "涨";
    for (const written of clause.slice(0, at).split("、")) {
      const name = written.replace(ALIAS, "").replace(MANNER, "").trim();
      if (name.length < 2 || name.length > MAX_LISTED_NAME || CALENDAR_WORD.test(name)) continue;
      moves.add(`${name}|${up ? "up" : "down"}|${figure[1] ?? ""}${figure[2]}`);
    }
  }
  return moves;
}

/** True when two texts list at least `minimum` moves alike (see `listedMovesOf`). */
export function sameListedMoves(a: ReadonlySet<string>, b: ReadonlySet<string>, minimum: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < minimum) return false;
  let shared = 0;
  for (const move of small) if (large.has(move) && ++shared >= minimum) return true;
  return false;
}
