/**
 * UTF-8's structure, for a stream checked as it comes (`readers/stream-decoder.ts`): where the first byte is
 * that no valid UTF-8 holds there, and how many bytes at the end start a character the next bytes may complete.
 * A strict `TextDecoder` says only that some byte is invalid; a stream that changes its reading there needs
 * to know which.
 */

/**
 * The index of the first byte of the first sequence that is not UTF-8 (the Encoding Standard's rules: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or -1 when all of it is. A character cut at the end
 * is invalid here; `incompleteUtf8Tail` says how much of the end to keep back from this test.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const length = bytes.length;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const size = sequenceSize(lead);
    if (size === 0 || i + size > length) return i;
    if (!secondByteFits(lead, bytes[i + 1]!)) return i;
    for (let k = 2; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

/**
 * How many bytes at the end begin a character that is not complete yet (0 to 3): a valid start of a sequence
 * whose remaining bytes have not come. 0 when the end is complete, or invalid (which no later byte mends).
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const size = sequenceSize(byte);
    if (size <= back) return 0;
    if (back > 1 && !secondByteFits(byte, bytes[length - back + 1]!)) return 0;
    return back;
  }
  return 0;
}

/** How many bytes a sequence with this lead byte takes (0 for a byte no sequence starts with). */
function sequenceSize(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return lead < 0x80 ? 1 : 0;
}

/** Whether `second` may follow `lead`: a continuation byte, in a narrower range after E0, ED, F0 and F4. */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}
