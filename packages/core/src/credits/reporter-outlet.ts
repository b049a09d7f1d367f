import { matchesIn } from "../text/matches.js";
import { canonicalOutlet, looksLikeOutlet } from "./outlets.js";

/**
 * What an outlet's reporter does in its own story (`21世纪经济报道记者了解到`, `据北京商报记者了解`, `第一财经记者根据公开资料`,
 * `《每日经济新闻》记者研究…`, `21世纪经济报道记者就此展开了调查`): words that follow `记者` when the outlet reports, not
 * when it is quoted (`了解` with or without `到`).
 */
const REPORTER_AT_WORK = [
  "了解",
  "获悉",
  "注意到",
  "发现",
  "从",
  "根据",
  "联系",
  "研究",
  "就此",
  "采访",
  "调查",
];

/**
 * An outlet's name (maybe in title marks) after a sentence's or clause's start and any conjunction (`而界面新闻记者`) or
 * `据` (`据北京商报记者了解`: what its reporter learned), its
 * site's address maybe noted after it (`澎湃新闻(www.thepaper.cn)记者发现`), its reporter at work, maybe `也` or `还`
 * first (`界面新闻记者也注意到`).
 */
const REPORTER_OUTLET = new RegExp(
  `(?:^|[\\s，。：；！？、“（])(?:而|但|并|据)?(?:《([\\p{Script=Han}A-Za-z0-9]{2,12})》|([\\p{Script=Han}A-Za-z0-9]{2,12}))(?:[（(][\\w.:/-]{1,40}[)）])?记者(?:也|还|亦)?(?:${REPORTER_AT_WORK.join("|")})`,
  "gu",
);

/**
 * The verb of one who is interviewed (`接受证券时报记者采访的专家表示`, `董秘王延俊接受中国证券报记者采访时表示`): the
 * reporter's outlet is the object of someone else's clause, which any story quoting that interview writes, so no sign
 * of whose story it is; the clause runs from the sentence's start into the name the pattern reads.
 */
const INTERVIEWED = "接受";

/**
 * The outlet a pasted story names only in its own words, as its reporters at work (a re-poster kept no credit and
 * the byline says `本报记者`): the first name that reads as an outlet, never `本报`, never an interviewee's clause
 * (`INTERVIEWED`); null when there is none.
 */
export function reporterOutlet(paragraphs: readonly string[]): string | null {
  for (const text of paragraphs) {
    if (!text.includes("记者")) continue;
    for (const match of matchesIn(REPORTER_OUTLET, text)) {
      const name = match[1] ?? match[2]!;
      if (!name.startsWith("本") && !name.includes(INTERVIEWED) && looksLikeOutlet(name))
        return canonicalOutlet(name);
    }
  }
  return null;
}
