// punycode.js ships no types; the Markdown reader's link normaliser (`links.ts`) calls these two.
declare module "punycode.js" {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  };
  export default punycode;
}
