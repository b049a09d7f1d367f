// punycode.js ships no types; `markdown-links.test.ts` holds core's own Punycode (`src/markdown/punycode.ts`) against these two.
declare module "punycode.js" {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  };
  export default punycode;
}
