// punycode.js ships no types; markdown-it's link normaliser (`markdown-parser.ts`) calls these two.
declare module "punycode.js" {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  };
  export default punycode;
}
