import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { EXIT_FAILURES, UsageError } from "../exit-codes.js";
import { type InputRoot, isWithin, resolveInputs, rootPath, walkInputs } from "../inputs.js";
import { extensionList } from "../options.js";
import { Progress } from "../progress.js";

const BUILD_EXAMPLES = `
Examples:
  $ caixun site build seeds --out dist
  $ caixun site build corpus "more/**/*.md" --out site --page-size 100
  $ npx wrangler pages deploy dist          (or any static host; see docs/site.md)`;

const SERVE_EXAMPLES = `
Examples:
  $ caixun site serve dist
  $ caixun site serve dist --port 8080`;

interface BuildOptions {
  out: string;
  pageSize: number;
  ext?: string[];
  quiet?: boolean;
}

interface ServeOptions {
  port: number;
  host: string;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a port from 0 to 65535");
  return n;
}

function pageSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError("expected a whole number from 1 to 1000");
  return n;
}

/**
 * The site is written where no input is read and no input lies: a site inside a corpus folder
 * would be read back as news (its pages are .html) by the next build.
 */
function checkOutDir(out: string, roots: readonly InputRoot[]): void {
  const target = resolve(out);
  for (const root of roots) {
    if (root.kind === "stdin") throw new UsageError("site build reads files, not stdin (-)");
    const path = rootPath(root)!;
    if (isWithin(target, path) || isWithin(path, target)) {
      throw new UsageError(
        `--out ${out} overlaps the input ${root.spec}; choose a folder outside the corpus`,
      );
    }
  }
}

export function registerSite(program: Command): void {
  const site = program.command("site").description("build a static news site from a corpus, or preview one");

  site
    .command("build")
    .description("parse every input and write a static site: article pages, listings, search, playground")
    .argument("<inputs...>", "files, folders or globs")
    .requiredOption("-o, --out <dir>", "folder for the site (created; a previous site there is replaced)")
    .option("--page-size <n>", "articles per listing page", pageSize, 50)
    .option("-q, --quiet", "no progress line on stderr")
    .option(
      "--ext <list>",
      "extensions to pick up when walking folders (default: md,markdown,txt,text,html,htm)",
      extensionList,
    )
    .addHelpText("after", BUILD_EXAMPLES)
    .exitOverride()
    .showHelpAfterError()
    .action(async (specs: string[], options: BuildOptions) => {
      const roots = await resolveInputs(specs);
      checkOutDir(options.out, roots);
      const walk = options.ext === undefined ? {} : { extensions: options.ext };
      async function* files() {
        for await (const input of walkInputs(roots, walk)) yield input.path;
      }
      const progress = new Progress(process.stderr, !options.quiet && Boolean(process.stderr.isTTY));
      // Loaded here, not at the top: every caixun run loads every command module (see program.ts).
      const { buildSite, SiteOutputError } = await import("@caixun/site");
      const result = await buildSite({
        files: files(),
        outDir: options.out,
        pageSize: options.pageSize,
        onInput: (file, failure) => {
          if (failure !== null) {
            progress.clear();
            process.stderr.write(`caixun: ${file}: ${failure}\n`);
          }
          progress.tick(failure !== null);
        },
      })
        .catch((error: unknown) => {
          if (error instanceof SiteOutputError) throw new UsageError(error.message);
          throw error;
        })
        .finally(() => progress.clear());
      process.stderr.write(
        `caixun: ${result.articles} articles, ${result.pages} pages written to ${options.out}` +
          (result.failures.length > 0 ? `; ${result.failures.length} inputs failed` : "") +
          "\n",
      );
      if (result.failures.length > 0) process.exitCode = EXIT_FAILURES;
    });

  site
    .command("serve")
    .description("preview a built site on a local static server (with the site's CSP header)")
    .argument("[dir]", "the built site", "dist")
    .option("-p, --port <n>", "port (0 picks a free one)", port, 4173)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .addHelpText("after", SERVE_EXAMPLES)
    .exitOverride()
    .showHelpAfterError()
    .action(async (dir: string, options: ServeOptions) => {
      if ((await stat(join(dir, "index.html")).catch(() => null)) === null) {
        throw new UsageError(`${dir} holds no built site (no index.html); run caixun site build first`);
      }
      const { serveSite } = await import("@caixun/site");
      const server = await serveSite({ dir, port: options.port, host: options.host });
      process.stderr.write(`caixun: serving ${dir} at ${server.url}/ (Ctrl-C to stop)\n`);
      // Serve until interrupted, then close cleanly so the CLI exits with its normal code.
      await new Promise<void>((stop) => {
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await server.close();
    });
}
