import { extractFromHtml } from "@extractus/article-extractor";
import { type Contender, pageUrl } from "./contender.js";
import { htmlToText } from "./html-text.js";

export const articleExtractor: Contender = {
  name: "article-extractor",
  reads: "html",
  extracts: true,
  async extract(input) {
    // It returns null for pages it judges not to be articles (under 200 characters, no title).
    const article = await extractFromHtml(input.html, pageUrl(input.filename));
    return {
      title: article?.title || null,
      date: article?.published || null,
      text: () => htmlToText(article?.content ?? ""),
    };
  },
};
