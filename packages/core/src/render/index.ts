// @caixun/core/render — an Article written out: a page of HTML, Markdown or plain text, and the
// sanitized HTML of a list of blocks (what `Article.html` is).
export { escapeHtml, renderHtml } from "../assemble/render-html.js";
export { articleToHtml, HTML_PAGE_END, htmlPage, htmlPageStart } from "./html.js";
export { articleToMarkdown } from "./markdown.js";
export { articleToText } from "./text.js";
