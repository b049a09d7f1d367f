import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@caixun/core";
import { type InputRoot, resolveInputs } from "@caixun/inputs";
import { type Command, InvalidArgumentError } from "commander";
import { EXIT_FAILURES, EXIT_INTERRUPTED, UsageError } from "../exit-codes.js";
import { InputRun } from "../input-run.js";
import { watchInterrupts } from "../interrupt.js";
import { listenError } from "../listen-error.js";
import { extOption, jobsOption, mappingOption, maxHeldOption, parseTimeoutOption } from "../options.js";
import { OutputWriteError } from "../output.js";
import { checkOutputSafety } from "../output-target.js";
import { estimateLine, STORY_ITEMS_HELD } from "../story-collector.js";
import { skippedPhrase } from "../summary.js";

const BUILD_EXAMPLES = `
Examples:
  $ caixun site build seeds --out dist
  $ caixun site build corpus "more/**/*.md" --out site --page-size 100
  $ caixun site build corpus --out dist --base-url https://news.example.com
  $ npx wrangler pages deploy dist          (or any static host; see docs/site.md)`;

const SERVE_EXAMPLES = `
Examples:
  $ caixun site serve dist
  $ caixun site serve dist --port 8080`;

interface BuildOptions {
  out: string;
  baseUrl?: string;
  pageSize: number;
  jobs?: number;
  parseTimeout?: number;
  ext?: string[];
  maxHeld: number;
  quiet?: boolean;
}

/** Ends the articles of an interrupted run with an error, so the builder abandons the site. */
class BuildInterrupted extends Error {
  override readonly name = "BuildInterrupted";
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

/** An error of the operating system (it names its call), not of caixun's own making. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/**
 * The site is written where no input is read and no input lies: a site inside a corpus folder
 * would be read back as news (its pages are .html) by the next build.
 */
async function checkOutDir(out: string, roots: readonly InputRoot[]): Promise<void> {
  if (roots.some((root) => root.kind === "stdin"))
    throw new UsageError("site build reads files, not stdin (-)");
  await checkOutputSafety("--out", { kind: "folder", path: out }, roots);
}

export function registerSite(program: Command): void {
  const site = program.command("site").description("build a static news site from a corpus, or preview one");

  site
    .command("build")
    .description("parse every input and write a static site: article pages, listings, search, playground")
    .argument("<inputs...>", "files, folders or globs")
    .requiredOption("-o, --out <dir>", "folder for the site (created; a previous site there is replaced)")
    .option("--page-size <n>", "articles per listing page", pageSize, 50)
    .option(
      "--base-url <url>",
      "the address the site is published at (https://news.example.com): canonical links, feeds, sitemap.xml",
    )
    .addOption(jobsOption())
    .addOption(parseTimeoutOption())
    .addOption(extOption())
    .addOption(mappingOption())
    .addOption(maxHeldOption(STORY_ITEMS_HELD))
    .option("-q, --quiet", "no progress line on stderr")
    .addHelpText("after", BUILD_EXAMPLES)
    .exitOverride()
    .showHelpAfterError()
    .action(async (specs: string[], options: BuildOptions) => {
      const roots = await resolveInputs(specs);
      await checkOutDir(options.out, roots);
      // Loaded here, not at the top: every caixun run loads every command module (see program.ts).
      const { buildSite, SiteOutputError, SiteSettingError } = await import("@caixun/site");
      const interrupts = watchInterrupts();
      const run = new InputRun(roots, interrupts, {
        jobs: options.jobs,
        parseTimeoutMs: options.parseTimeout,
        extensions: options.ext,
        quiet: options.quiet,
      });
      async function* articles(): AsyncGenerator<Article> {
        for await (const { parsed } of run.articles()) yield parsed.article;
        if (run.interrupted) throw new BuildInterrupted();
      }
      const result = await buildSite({
        articles: articles(),
        outDir: options.out,
        pageSize: options.pageSize,
        maxHeld: options.maxHeld,
        ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      })
        .catch((error: unknown) => {
          if (error instanceof SiteOutputError || error instanceof SiteSettingError) {
            throw new UsageError(error.message);
          }
          if (error instanceof BuildInterrupted) return null;
          // Inputs are read by the run, whose failures are its own: a system error here is the site's
          // writing (a full disk, a read-only or vanished folder), told in one line.
          if (isSystemError(error)) throw new OutputWriteError(options.out, error);
          throw error;
        })
        .finally(() => interrupts.dispose());
      if (result === null) {
        process.stderr.write("caixun: interrupted; the site build was abandoned\n");
        process.exitCode = EXIT_INTERRUPTED;
        return;
      }
      if (!result.sitemap) {
        process.stderr.write(
          "caixun: no --base-url, so no sitemap.xml; canonical links and feeds use site-relative URLs\n",
        );
      }
      if (result.storiesAtCuts !== null)
        process.stderr.write(estimateLine(options.maxHeld, result.storiesAtCuts));
      const { failed } = run.counts;
      const skipped = skippedPhrase(run.counts.skipped);
      process.stderr.write(
        `caixun: ${result.articles} articles, ${result.pages} pages written to ${options.out}` +
          (failed > 0 ? `; ${failed} inputs failed` : "") +
          (skipped === "" ? "" : `; ${skipped}`) +
          "\n",
      );
      if (failed > 0) process.exitCode = EXIT_FAILURES;
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
      const server = await serveSite({ dir, port: options.port, host: options.host }).catch(
        listenError(options.host, options.port),
      );
      process.stderr.write(`caixun: serving ${dir} at ${server.url}/ (Ctrl-C to stop)\n`);
      // Serve until interrupted, then close cleanly so the CLI exits with its normal code.
      await new Promise<void>((stop) => {
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await server.close();
    });
}
