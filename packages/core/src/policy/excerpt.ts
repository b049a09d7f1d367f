/** Code points in the excerpt a list of articles shows under each title. */
export const EXCERPT_LENGTH = 120;

/**
 * The first `length` code points of an article's text with white space collapsed, and `…` when
 * there was more. Counted in code points, so a character outside the BMP is never cut in half.
 */
export function excerpt(text: string, length: number = EXCERPT_LENGTH): string {
  const collapsed = text.replace(/\s+/g, " ").trim();
  if (collapsed.length <= length) return collapsed;
  const characters = Array.from(collapsed);
  return characters.length > length ? `${characters.slice(0, length).join("")}…` : collapsed;
}
