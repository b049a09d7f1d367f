import { contentCharacters } from "./comparable.js";
import { leadingInstruments } from "./instruments.js";
import type { StoryKey } from "./key.js";
import { type Quantity, quantitiesIn } from "./quantities.js";
import type { StorySettings } from "./settings.js";

/**
 * What comparisons read off a key, computed once per key and kept while the key can still meet a
 * copy: its character pairs with where each first occurs, its halves and its lead sentence.
 */
export interface Features {
  key: StoryKey;
  /** Content characters of the comparison text. */
  chars: string;
  /** Character pairs (two UTF-16 code units as one number) in order. */
  pairs: Int32Array;
  /** Where each distinct pair first occurs in `chars`. */
  firstAt: Map<number, number>;
  /** Pairs of the first sentence (the headline fact). */
  lead: Int32Array;
  quantities: Quantity[];
  /** The quantities of the first sentence. */
  leadQuantities: Quantity[];
  /** `family:member` of the instruments the text leads with. */
  instruments: string[];
}

const SENTENCE_END = /[。!?;\n]/u;

export function featuresOf(key: StoryKey, settings: Readonly<StorySettings>): Features {
  const chars = contentCharacters(key.text);
  const pairs = pairsOf(chars);
  const firstAt = new Map<number, number>();
  for (let i = 0; i < pairs.length; i++) if (!firstAt.has(pairs[i]!)) firstAt.set(pairs[i]!, i);
  const end = key.text.search(SENTENCE_END);
  const lead = end === -1 ? key.text : key.text.slice(0, end);
  return {
    key,
    chars,
    pairs,
    firstAt,
    lead: pairsOf(contentCharacters(lead)),
    quantities: quantitiesIn(key.text, settings.quantitySubjectLength),
    leadQuantities: quantitiesIn(lead, settings.quantitySubjectLength),
    instruments: leadingInstruments(key.text),
  };
}

/** Consecutive character pairs; a one-character text is its own single pair. */
function pairsOf(chars: string): Int32Array {
  if (chars.length === 1) return Int32Array.of(chars.charCodeAt(0));
  const pairs = new Int32Array(Math.max(0, chars.length - 1));
  for (let i = 0; i < pairs.length; i++) pairs[i] = (chars.charCodeAt(i) << 16) | chars.charCodeAt(i + 1);
  return pairs;
}
