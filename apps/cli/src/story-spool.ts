import { createReadStream } from "node:fs";
import { appendFile, mkdtemp, open, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Article } from "@caixun/core";
import type { Input } from "@caixun/inputs";
import { StoryCollector } from "./story-collector.js";

/** Articles whose story assignments share one file, read back together during the replay. */
const ASSIGNMENTS_PER_FILE = 65_536;

/**
 * For `caixun parse --stories` and `--dedupe`: a story can only be told once every article has been
 * parsed, so articles are spooled to a temporary file as they come and replayed afterwards, in
 * input order, with their `storyId` set and whether each is its story's canonical copy. Memory stays
 * flat: the story keys are spilled by day and grouped at most `maxHeld` at once (`StoryCollector`),
 * and each article's story is written to
 * an assignment file of `ASSIGNMENTS_PER_FILE` articles, read back one file at a time.
 */
export class StorySpool {
  private constructor(
    private readonly dir: string,
    private readonly file: Awaited<ReturnType<typeof open>>,
    private readonly collector: StoryCollector,
  ) {}

  /** `maxHeld`: articles grouped at once at most (`StoryCollector`). */
  static async open(maxHeld: number): Promise<StorySpool> {
    const dir = await mkdtemp(join(tmpdir(), "caixun-spool-"));
    return new StorySpool(
      dir,
      await open(join(dir, "articles.jsonl"), "wx"),
      await StoryCollector.open({ maxHeld }),
    );
  }

  /** What the summary says once replayed: null when every story is exact (`StoryCollector.estimateLine`). */
  estimateLine(): string | null {
    return this.collector.estimateLine();
  }

  async add(article: Article, input: Input): Promise<void> {
    await this.collector.add(article, input.path, article.ref);
    await this.file.write(`${JSON.stringify({ article, input })}\n`);
  }

  /** The spooled articles in the order they were added, each with its story. */
  async *replay(): AsyncGenerator<{ article: Article; input: Input; canonical: boolean }> {
    await this.file.close();
    await this.writeAssignments();
    const lines = createInterface({
      input: createReadStream(join(this.dir, "articles.jsonl"), "utf8"),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let ordinal = 0;
    let assigned: { storyIds: string[]; canonical: Uint8Array } | null = null;
    for await (const line of lines) {
      const offset = ordinal % ASSIGNMENTS_PER_FILE;
      if (offset === 0) assigned = await this.readAssignments(ordinal / ASSIGNMENTS_PER_FILE);
      const { article, input } = JSON.parse(line) as { article: Article; input: Input };
      yield {
        article: { ...article, storyId: assigned!.storyIds[offset]! },
        input,
        canonical: assigned!.canonical[offset] === 1,
      };
      ordinal++;
    }
  }

  /** Removes the temporary files (call it whatever happened). */
  async dispose(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await this.collector.dispose();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Writes `ordinal storyId canonical` lines, each to the file of its ordinal's range. */
  private async writeAssignments(): Promise<void> {
    const pending = new Map<number, string[]>();
    let waiting = 0;
    const flush = async () => {
      for (const [part, lines] of pending) await appendFile(this.assignments(part), lines.join(""));
      pending.clear();
      waiting = 0;
    };
    for await (const { story, ordinals, canonical } of this.collector.stories()) {
      for (const ordinal of ordinals) {
        const part = Math.floor(ordinal / ASSIGNMENTS_PER_FILE);
        const line = `${ordinal}\t${story.storyId}\t${ordinal === canonical ? 1 : 0}\n`;
        const lines = pending.get(part);
        if (lines === undefined) pending.set(part, [line]);
        else lines.push(line);
        if (++waiting === ASSIGNMENTS_PER_FILE) await flush();
      }
    }
    await flush();
  }

  private async readAssignments(part: number): Promise<{ storyIds: string[]; canonical: Uint8Array }> {
    const storyIds: string[] = new Array(ASSIGNMENTS_PER_FILE);
    const canonical = new Uint8Array(ASSIGNMENTS_PER_FILE);
    for (const line of (await readFile(this.assignments(part), "utf8")).split("\n")) {
      if (line === "") continue;
      const [ordinal, storyId, isCanonical] = line.split("\t");
      const offset = Number(ordinal) % ASSIGNMENTS_PER_FILE;
      storyIds[offset] = storyId!;
      canonical[offset] = isCanonical === "1" ? 1 : 0;
    }
    return { storyIds, canonical };
  }

  private assignments(part: number): string {
    return join(this.dir, `stories-${part}.tsv`);
  }
}
