import { parseDocument } from "htmlparser2";
import type { Contender } from "./contender.js";

/** The floor: building a DOM from the page and nothing else, which every HTML-based parser must do. */
export const htmlparser2Floor: Contender = {
  name: "htmlparser2 parse only",
  reads: "html",
  extracts: false,
  extract(input) {
    parseDocument(input.html);
    return { title: null, date: null, text: () => "" };
  },
};
