/**
 * One folding for names and text so that `京东方Ａ` matches `京东方A` and `META` matches `Meta`:
 * full-width ASCII to half-width and ASCII letters to lower case. It maps each UTF-16 unit to one
 * unit, so offsets in folded text are offsets in the original.
 */
/** One UTF-16 unit folded: full-width ASCII to half-width, ASCII upper case to lower case. */
export function foldCode(c: number): number {
  let f = c;
  if (c >= 0xff01 && c <= 0xff5e) f = c - 0xfee0;
  else if (c === 0x3000) f = 0x20;
  return f >= 0x41 && f <= 0x5a ? f + 0x20 : f;
}

/**
 * Every UTF-16 unit that folds to `f` ({@link foldCode}), `f` itself first: what a text may write
 * where a folded name has `f` (`a`: `a`, `A`, `ａ`, `Ａ`).
 */
export function unfoldings(f: number): number[] {
  const units = [f];
  const add = (c: number) => {
    if (c !== f && foldCode(c) === f) units.push(c);
  };
  if (f >= 0x61 && f <= 0x7a) add(f - 0x20);
  if (f >= 0x21 && f <= 0x7e) {
    add(f + 0xfee0);
    if (f >= 0x61 && f <= 0x7a) add(f - 0x20 + 0xfee0);
  }
  if (f === 0x20) add(0x3000);
  return units;
}

const NEEDS_FOLDING = /[A-Z\uff01-\uff5e\u3000]/;

export function foldText(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f !== c) changed = true;
    out += String.fromCharCode(f);
  }
  return changed ? out : text;
}

/**
 * A name without the padding spaces some exchange lists put inside names (`万  科Ａ`): spaces stay only
 * between Latin words and numbers (`Bloom Energy`, `Phillips 66`, `T3 Defense`), one each.
 */
export function compactSpaces(name: string): string {
  return name
    .trim()
    .replace(/(?<=[^\p{Script=Latin}\d])\s+|\s+(?=[^\p{Script=Latin}\d])/gu, "")
    .replace(/\s+/g, " ");
}

/** A name folded as text is, its spaces compacted. */
export function foldForMatch(name: string): string {
  return foldText(compactSpaces(name));
}
