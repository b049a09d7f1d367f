import { DefuddleClass } from "defuddle/node";
import { parseHTML } from "linkedom";
import { type Contender, pageUrl } from "./contender.js";
import { htmlToText } from "./html-text.js";

export const defuddle: Contender = {
  name: "Defuddle + linkedom",
  reads: "html",
  extracts: true,
  extract(input) {
    const { document } = parseHTML(input.html);
    // The synchronous path of defuddle/node's Defuddle(): no async extractors, nothing fetched.
    const result = new DefuddleClass(document, { url: pageUrl(input.filename), useAsync: false }).parse();
    return {
      title: result.title || null,
      date: result.published || null,
      text: () => htmlToText(result.content),
    };
  },
};
