import { createReadStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Article } from "@caixun/core";
import type { Input } from "@caixun/inputs";
import { StoryCollector } from "./story-collector.js";

/**
 * For `caixun parse --stories` and `--dedupe`: a story can only be told once every article has been
 * parsed, so articles are spooled to a temporary file as they come (memory stays flat: only their
 * story keys are kept) and replayed afterwards, in input order, with their `storyId` set and
 * whether each is its story's canonical copy.
 */
export class StorySpool {
  private readonly collector = new StoryCollector();
  private constructor(
    private readonly dir: string,
    private readonly file: Awaited<ReturnType<typeof open>>,
  ) {}

  static async open(): Promise<StorySpool> {
    const dir = await mkdtemp(join(tmpdir(), "caixun-stories-"));
    return new StorySpool(dir, await open(join(dir, "articles.jsonl"), "wx"));
  }

  async add(article: Article, input: Input): Promise<void> {
    this.collector.add(article, input.path, article.ref);
    await this.file.write(`${JSON.stringify({ article, input })}\n`);
  }

  /** The spooled articles in the order they were added, each with its story. */
  async *replay(): AsyncGenerator<{ article: Article; input: Input; canonical: boolean }> {
    await this.file.close();
    const storyIds: string[] = new Array(this.collector.size);
    const canonical = new Set<number>();
    for (const { story, ordinals, canonical: ordinal } of this.collector.stories()) {
      for (const m of ordinals) storyIds[m] = story.storyId;
      canonical.add(ordinal);
    }
    const lines = createInterface({
      input: createReadStream(join(this.dir, "articles.jsonl"), "utf8"),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let ordinal = 0;
    for await (const line of lines) {
      const { article, input } = JSON.parse(line) as { article: Article; input: Input };
      yield {
        article: { ...article, storyId: storyIds[ordinal]! },
        input,
        canonical: canonical.has(ordinal),
      };
      ordinal++;
    }
  }

  /** Of the articles spooled, how many are copies of a story told by another. */
  get copies(): number {
    return this.collector.size - this.collector.groups().length;
  }

  /** Removes the temporary file (call it whatever happened). */
  async dispose(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
