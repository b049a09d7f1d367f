import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Replaces the content between `<!-- section:NAME -->` and `<!-- /section:NAME -->` in a shared
 * Markdown file, appending the markers when absent. Other sections, written by other tools, are
 * left byte for byte as they were.
 */
export function writeSection(path: string, name: string, content: string, title: string): void {
  const open = `<!-- section:${name} -->`;
  const close = `<!-- /section:${name} -->`;
  const block = `${open}\n${content.trim()}\n${close}`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : `# ${title}\n`;
  const start = current.indexOf(open);
  const end = current.indexOf(close, start);
  const next =
    start >= 0 && end >= 0
      ? current.slice(0, start) + block + current.slice(end + close.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
