/**
 * The examples of the documentation, found rather than listed: every fenced code block in
 * README.md, docs/*.md and the packages' READMEs whose language says it is a command (`sh`, `bash`,
 * `shell`) or a program (`ts`, `js`). Other blocks (`json`, `jsonc`, `nginx`, untagged synopses
 * and sample output) show text, not something to run.
 *
 * An HTML comment on the line just before a block directs the runner:
 *
 *   <!-- not-run: needs a Cloudflare account -->     never run, for the reason given (required)
 *   <!-- run-in: seeds -->                           run in that folder, not the repository root
 *   <!-- run-with: caixun serve --db caixun.db -->   start this server first (the block talks to it)
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const RUNNABLE_LANGUAGES = ["sh", "bash", "shell", "ts", "js"] as const;
export type ExampleLanguage = (typeof RUNNABLE_LANGUAGES)[number];

export interface Example {
  /** Relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: ExampleLanguage;
  code: string;
  /** Why it is not run, when it is marked so. */
  notRun?: string;
  runIn?: string;
  runWith?: string;
}

/** A directive that is malformed (a `not-run` without a reason, an unknown name). */
export class ExampleMarkerError extends Error {
  override readonly name = "ExampleMarkerError";
}

const DIRECTIVE = /^\s*<!--\s*([a-z-]+)\s*:\s*(.*?)\s*-->\s*$/;
const FENCE = /^(\s*)(```+|~~~+)\s*([A-Za-z]*)/;

/** The documents whose examples are run, in a stable order: README first, then docs, then packages. */
export function documentFiles(root: string): string[] {
  const markdown = (folder: string) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((name) => name.endsWith(".md"))
          .sort()
          .map((name) => `${folder}/${name}`)
      : [];
  const readmes = ["packages", "apps"].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent))
          .sort()
          .map((name) => `${parent}/${name}/README.md`)
          .filter((file) => existsSync(join(root, file)))
      : [],
  );
  return ["README.md", ...markdown("docs"), ...readmes];
}

/** The runnable blocks of one Markdown text, with their directives. */
export function examplesIn(file: string, text: string): Example[] {
  const lines = text.split("\n");
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, language] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence!)) end++;
    const body = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line));
    const lang = language!.toLowerCase();
    if ((RUNNABLE_LANGUAGES as readonly string[]).includes(lang)) {
      const example: Example = {
        file,
        line: i + 1,
        language: lang as ExampleLanguage,
        code: body.join("\n"),
      };
      // Directives stack upwards from the fence: each on its own line, right above it.
      for (let j = i - 1; j >= 0 && DIRECTIVE.test(lines[j]!); j--) {
        const [, name, value] = DIRECTIVE.exec(lines[j]!)!;
        if (name === "not-run") {
          if (value === "") throw new ExampleMarkerError(`${file}:${j + 1}: not-run needs a reason`);
          example.notRun = value;
        } else if (name === "run-in") example.runIn = value;
        else if (name === "run-with") example.runWith = value;
        else throw new ExampleMarkerError(`${file}:${j + 1}: unknown directive ${name}`);
      }
      examples.push(example);
    }
    i = end;
  }
  return examples;
}

/** Every runnable example of the repository's documentation. */
export function findExamples(root: string): Example[] {
  return documentFiles(root).flatMap((file) => examplesIn(file, readFileSync(join(root, file), "utf8")));
}
