import { escapeHtml } from "@caixun/core/render";
import { bodyToHtml, splitFrontMatter } from "@caixun/core/stages";

const HTML_BODY = /^\s*</;

/**
 * The file as an HTML page, the way its site generator would publish it: the front matter's
 * title in `<title>`, its date in `article:published_time`, the body rendered from Markdown (or
 * kept as HTML), plain text as one `<p>` per line. Front matter is read and Markdown rendered with
 * caixun's own exported stages, so the HTML contenders see exactly the title, date and body caixun
 * sees, and none of that work is charged to them.
 */
export function toHtmlPage(text: string): string {
  const frontMatter = splitFrontMatter(text);
  const head = ['<meta charset="utf-8">'];
  const title = frontMatter.data.title;
  if (typeof title === "string" || typeof title === "number") {
    head.push(`<title>${escapeHtml(String(title))}</title>`);
  }
  const date = frontMatter.data.date;
  if (typeof date === "string" || typeof date === "number") {
    head.push(`<meta property="article:published_time" content="${escapeHtml(String(date))}">`);
  }
  const body = frontMatter.present
    ? bodyToHtml(frontMatter.body, "markdown")
    : HTML_BODY.test(frontMatter.body)
      ? frontMatter.body
      : plainTextHtml(frontMatter.body);
  return `<!doctype html>\n<html lang="zh-CN">\n<head>${head.join("")}</head>\n<body><article>\n${body}\n</article></body>\n</html>\n`;
}

function plainTextHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("\n");
}
