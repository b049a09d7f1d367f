/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where Latin-1 has C1 controls. The five bytes
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand for themselves, as WHATWG's
 * decoder reads them. One table for both of its readers: mojibake's repair turns these characters back
 * into their bytes (`mojibake.ts`), and HTML reads a numeric reference to 0x80–0x9F as the character
 * here (`entities.ts`).
 */
export const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
