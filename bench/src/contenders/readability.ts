import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Contender } from "./contender.js";
import { htmlToText } from "./html-text.js";

export const readability: Contender = {
  name: "Readability + linkedom",
  reads: "html",
  extracts: true,
  extract(input) {
    const { document } = parseHTML(input.html);
    const result = new Readability(document).parse();
    return {
      title: result?.title || null,
      date: result?.publishedTime || null,
      // The article HTML, converted like every other contender's, keeps paragraph breaks.
      text: () => htmlToText(result?.content ?? ""),
    };
  },
};
