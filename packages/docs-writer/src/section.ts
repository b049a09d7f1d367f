import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

/**
 * Replaces the content between `<!-- section:NAME -->` and `<!-- /section:NAME -->` in a Markdown
 * file several measuring scripts share (docs/benchmarks.md), appending the section when absent.
 * Other sections are left byte for byte as they were; the file is replaced atomically.
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
  const temporary = `${path}.${name}.tmp`;
  writeFileSync(temporary, next);
  renameSync(temporary, path);
}
