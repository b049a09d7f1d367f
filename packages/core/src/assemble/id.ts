import { hash64 } from "./hash.js";

/** eastmoney share links: `NewsShare.html?infoCode=NW202201302266849892`. */
const INFO_CODE = /[?&]infoCode=([A-Z]{2}\d{10,})/;
/** eastmoney article URLs: `/news/1355,202112082206735975.html`. */
const NEWS_URL_ID = /\/news\/\d+,(\d{12,})\.html/;
/** A file-name token that is a long number, or `id` + one: `2021-12-08-202112082206703990.md`, `id12952692333.md`. */
const FILE_NAME_ID = /^(?:id)?(\d{8,})$/i;

/**
 * Stable id: the source's own id when the file carries one (share-link infoCode, the id in an
 * eastmoney URL, a long number in the file name), else `h` + a hash of the decoded text (of the
 * file name, for an empty file).
 */
export function articleId(urls: readonly string[], filename: string | undefined, text: string): string {
  for (const url of urls) {
    const code = INFO_CODE.exec(url)?.[1];
    if (code) return code;
  }
  for (const url of urls) {
    const id = NEWS_URL_ID.exec(url)?.[1];
    if (id) return id;
  }
  if (filename) {
    const base = filename.replace(/^.*[\\/]/, "").replace(/@[0-9a-f]+(?=\.[^.]*$)/i, "");
    // Tokens between non-alphanumerics: a hex hash such as `86d936801007d11d` is not an id.
    const tokens = base.split(/[^A-Za-z0-9]+/).reverse();
    for (const token of tokens) {
      const id = FILE_NAME_ID.exec(token)?.[1];
      if (id) return id;
    }
  }
  // An empty file has no content to be known by: every one would share one id and overwrite the
  // others in a store. Its name is all that tells them apart.
  if (text.trim() === "" && filename) return `h${hash64(`\u0000empty file\u0000${filename}`)}`;
  return `h${hash64(text)}`;
}
