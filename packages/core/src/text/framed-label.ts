/** Box-drawing rules (heavy, light, double) that frame a section's label on a line of its own. */
const FRAME_RULES = "━─═";
/** The longest label a pair of rules frames: a section's name, not a sentence. */
const FRAMED_LABEL_MAX = 30;

/**
 * The label a line frames between two runs of at least two box-drawing rules (`━━ 今日头条 ━━`, `━━━ 宏观解读 ━━━`,
 * `── 大盤環境 ──`, `━━ 今日态势 ━━━━━━━━`), as a digest or a bot's report sets its sections apart: a section's
 * heading, never a document's title. Null for any other line. One pass from each end of the trimmed line.
 */
export function framedLabel(text: string): string | null {
  const line = text.trim();
  let start = 0;
  while (start < line.length && FRAME_RULES.includes(line[start]!)) start++;
  let end = line.length;
  while (end > start && FRAME_RULES.includes(line[end - 1]!)) end--;
  if (start < 2 || line.length - end < 2) return null;
  const label = line.slice(start, end).trim();
  return label !== "" &&
    label.length <= FRAMED_LABEL_MAX &&
    ![...label].some((ch) => FRAME_RULES.includes(ch))
    ? label
    : null;
}

/** Whether a text may hold a framed label at all: two rules in a row somewhere (three plain searches, no pattern run). */
export const mayFrameLabels = (text: string): boolean =>
  text.includes("━━") || text.includes("──") || text.includes("══");
