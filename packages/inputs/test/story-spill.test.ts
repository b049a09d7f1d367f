import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_STORY_SETTINGS, groupKeys, type StoryKey, storyKey } from "@caixun/core/stories";
import { describe, expect, it } from "vitest";
import { StorySpill } from "../src/story-spill.js";

const S = DEFAULT_STORY_SETTINGS;
const HOUR = 3_600_000;
const START = Date.parse("2026-07-29T00:00:00+08:00");
const iso = (ms: number) => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

/** Flashes over three days: stories with copies minutes later, a template every morning, undated copies. */
function corpus(): StoryKey[] {
  const bodies = [
    "人民银行今日开展1000亿元7天期逆回购操作，操作利率1.40%。",
    "某公司公告称，公司中标3.2亿元数据中心项目，项目工期18个月。",
    "国家统计局公布，7月份全国规模以上工业增加值同比增长6.1%，环比增长0.4%。",
    "韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
  ];
  const keys: StoryKey[] = [];
  for (let day = 0; day < 3; day++) {
    bodies.forEach((body, n) => {
      const at = START + day * 24 * HOUR + n * 3 * HOUR + 9 * HOUR;
      const text = `${body.replace("1000", String(1000 + day * 100))}`;
      keys.push(storyKey({ id: `cls:${day}-${n}`, title: "", text, publishedAt: iso(at) }, S));
      keys.push(
        storyKey(
          {
            id: `em:${day}-${n}`,
            title: "",
            text: `【快讯】${text}（东方财富）`,
            publishedAt: iso(at + 5 * 60_000),
          },
          S,
        ),
      );
    });
  }
  // Undated: an exact copy of a dated item, two copies of each other, an empty text, a stray.
  keys.push(storyKey({ id: "txt:a", title: "", text: keys[0]!.text, publishedAt: null }, S));
  keys.push(storyKey({ id: "txt:b", title: "", text: "无日期的文本，两份相同。", publishedAt: null }, S));
  keys.push(storyKey({ id: "txt:c", title: "", text: "无日期的文本，两份相同。", publishedAt: null }, S));
  keys.push(storyKey({ id: "txt:d", title: "", text: "", publishedAt: null }, S));
  keys.push(storyKey({ id: "txt:e", title: "", text: "另一篇无日期的文本。", publishedAt: null }, S));
  return keys;
}

async function spilledWith(
  keys: readonly StoryKey[],
  options: { bufferCharacters?: number; maxHeld?: number },
): Promise<{ stories: string[][]; estimated: boolean }> {
  const spill = await StorySpill.open<string>(options);
  try {
    for (const key of keys) await spill.add(key, key.id);
    const stories: string[][] = [];
    for await (const copies of spill.stories(S)) stories.push(copies.map((copy) => copy.kept));
    return { stories, estimated: spill.estimated };
  } finally {
    await spill.dispose();
  }
}

const spilled = async (keys: readonly StoryKey[], bufferCharacters?: number) =>
  (await spilledWith(keys, { bufferCharacters })).stories;

describe("StorySpill", () => {
  const keys = corpus();
  const inMemory = groupKeys(keys, S).map((story) => story.map((i) => keys[i]!.id));

  it("gives the stories groupKeys gives, undated copies included, in the same order", async () => {
    expect(inMemory.some((story) => story.length > 1)).toBe(true);
    expect(inMemory).toContainEqual(["cls:0-0", "em:0-0", "txt:a"]);
    expect(inMemory).toContainEqual(["txt:b", "txt:c"]);
    expect(await spilled(keys)).toEqual(inMemory);
    // Spilled to disk after every line, and added in reverse: the same stories.
    expect(await spilled([...keys].reverse(), 1)).toEqual(inMemory);
  });

  it("gives the same stories whatever order the items are added in", async () => {
    let state = 7;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let run = 0; run < 10; run++) {
      const shuffled = [...keys].sort(() => random() - 0.5);
      const expected = groupKeys(shuffled, S).map((story) => story.map((i) => shuffled[i]!.id));
      expect(expected).toEqual(inMemory);
      expect(await spilled(shuffled, 512)).toEqual(inMemory);
    }
  });

  it("with maxHeld above what the window holds, gives the same stories, not estimated", async () => {
    // Eight items a day (09:00 to 18:05): at most 16 within the longest window (36 hours).
    expect(await spilledWith(keys, { maxHeld: 16 })).toEqual({ stories: inMemory, estimated: false });
    expect(await spilledWith([...keys].reverse(), { maxHeld: 16, bufferCharacters: 1 })).toEqual({
      stories: inMemory,
      estimated: false,
    });
    expect((await spilledWith(keys, {})).estimated).toBe(false);
  });

  it("with maxHeld below it, tells every item once, in no fewer stories, and says it is estimated", async () => {
    const ids = keys.map((key) => key.id).sort();
    for (const maxHeld of [1, 3, 5]) {
      const { stories, estimated } = await spilledWith(keys, { maxHeld, bufferCharacters: 1 });
      expect(estimated).toBe(true);
      expect(stories.flat().sort()).toEqual(ids);
      expect(stories.length).toBeGreaterThan(inMemory.length);
      // What no cut separates is still one story: the undated pair, in the first part of 5.
      if (maxHeld === 5) expect(stories).toContainEqual(["txt:b", "txt:c"]);
    }
  });

  it("counts the stories open at a cut, and none without one", async () => {
    const counted: number[] = [];
    for (const maxHeld of [1, 3, 5]) {
      const spill = await StorySpill.open<string>({ maxHeld, bufferCharacters: 1 });
      try {
        for (const key of keys) await spill.add(key, key.id);
        const stories: string[][] = [];
        for await (const copies of spill.stories(S)) stories.push(copies.map((copy) => copy.kept));
        expect(spill.storiesAtCuts).toBeLessThanOrEqual(stories.length);
        counted.push(spill.storiesAtCuts);
      } finally {
        await spill.dispose();
      }
    }
    // The fewer held, the more cuts, each finishing the stories still open (a story may be open at
    // several); the CLI test counts one by hand (apps/cli/test/stories.test.ts).
    expect(counted).toEqual([27, 17, 12]);
    const uncut = await StorySpill.open<string>({ maxHeld: 16 });
    for (const key of keys) await uncut.add(key, key.id);
    for await (const _ of uncut.stories(S));
    expect(uncut.storiesAtCuts).toBe(0);
    await uncut.dispose();
  });

  it("leaves nothing behind in its folder", async () => {
    const parent = await mkdtemp(join(tmpdir(), "story-spill-test-"));
    try {
      const spill = await StorySpill.open<string>({ parent, bufferCharacters: 1 });
      for (const key of keys) await spill.add(key, key.id);
      expect((await readdir(parent)).length).toBe(1);
      for await (const _ of spill.stories(S));
      await spill.dispose();
      expect(await readdir(parent)).toEqual([]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
