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

  it("with maxHeld below what the window holds, slides: a copy next to its first one still joins it", async () => {
    // Every copy follows its first one within minutes, the undated copies of each other come one
    // after the other: one item held suffices, where cutting every maxHeld items split 12 stories.
    // The dated items come in reverse (a day's parts sorted and merged); the undated ones as made,
    // txt:a first: an undated item past the first maxHeld could not join a dated story.
    const order = [
      ...keys.filter((key) => key.at !== null).reverse(),
      ...keys.filter((key) => key.at === null),
    ];
    for (const maxHeld of [1, 3, 5]) {
      const spill = await StorySpill.open<string>({ maxHeld, bufferCharacters: 1 });
      try {
        for (const key of order) await spill.add(key, key.id);
        const stories: string[][] = [];
        for await (const copies of spill.stories(S)) stories.push(copies.map((copy) => copy.kept));
        // The undated-only stories come as the slide forgets them, not in the order of their first copy.
        expect([...stories].sort()).toEqual([...inMemory].sort());
        // Stories closed while still in reach are counted, though none took a later copy here.
        expect(spill.estimated).toBe(true);
        expect(spill.storiesAtCuts).toBeGreaterThan(0);
        expect(spill.storiesAtCuts).toBeLessThanOrEqual(stories.length);
      } finally {
        await spill.dispose();
      }
    }
    const uncut = await StorySpill.open<string>({ maxHeld: 16 });
    for (const key of keys) await uncut.add(key, key.id);
    for await (const _ of uncut.stories(S));
    expect(uncut.storiesAtCuts).toBe(0);
    await uncut.dispose();
  });

  it("groups a day of more than maxHeld items in time order: copies within maxHeld items join exactly", async () => {
    // One flash a minute, each copied ten minutes later: about twenty items between a copy and its
    // first one, all within one window, added in reverse (the day's parts are sorted and merged).
    const dense: StoryKey[] = [];
    for (let n = 0; n < 40; n++) {
      const at = START + 9 * HOUR + n * 60_000;
      const text = `第${n}号快讯：某公司公告称，公司中标${n + 1}.5亿元数据中心项目，项目工期${n + 2}个月，合同金额占营收的${n + 3}%。`;
      dense.push(storyKey({ id: `cls:${n}`, title: "", text, publishedAt: iso(at) }, S));
      dense.push(
        storyKey(
          {
            id: `em:${n}`,
            title: "",
            text: `【快讯】${text}（东方财富）`,
            publishedAt: iso(at + 10 * 60_000),
          },
          S,
        ),
      );
    }
    const whole = groupKeys(dense, S).map((story) => story.map((i) => dense[i]!.id));
    expect(whole.length).toBe(40);
    const reversed = [...dense].reverse();
    for (const maxHeld of [22, 40]) {
      expect(await spilledWith(reversed, { maxHeld, bufferCharacters: 1 })).toEqual({
        stories: whole,
        estimated: true,
      });
    }
    // Held below the distance, copies split from their first one: every item told once, and the
    // stories closed early at least as many as those split. One held: 80 parts, merged in two rounds.
    for (const maxHeld of [1, 8]) {
      const spill = await StorySpill.open<string>({ maxHeld, bufferCharacters: 1 });
      try {
        for (const key of reversed) await spill.add(key, key.id);
        const stories: string[][] = [];
        for await (const copies of spill.stories(S)) stories.push(copies.map((copy) => copy.kept));
        expect(stories.flat().sort()).toEqual(dense.map((key) => key.id).sort());
        expect(stories.length).toBe(80);
        expect(spill.storiesAtCuts).toBeGreaterThanOrEqual(40);
      } finally {
        await spill.dispose();
      }
    }
  });

  it("slides over undated items in the order they came, the story whose last copy came first forgotten first", async () => {
    const texts = [
      "甲文本，无日期。",
      "乙文本，无日期。",
      "甲文本，无日期。",
      "丙文本，无日期。",
      "甲文本，无日期。",
      "乙文本，无日期。",
    ];
    const undated = texts.map((text, n) =>
      storyKey({ id: `u:${n + 1}`, title: "", text, publishedAt: null }, S),
    );
    const whole = groupKeys(undated, S).map((story) => story.map((i) => undated[i]!.id));
    expect(whole).toEqual([["u:1", "u:3", "u:5"], ["u:2", "u:6"], ["u:4"]]);
    const spill = await StorySpill.open<string>({ maxHeld: 2, bufferCharacters: 1 });
    try {
      for (const key of undated) await spill.add(key, key.id);
      const stories: string[][] = [];
      for await (const copies of spill.stories(S)) stories.push(copies.map((copy) => copy.kept));
      // u:3 joins u:1 (two items held: u:2 forgotten); u:4 forgets u:1 and u:3; u:5 and u:6 start anew.
      expect(stories).toEqual([["u:2"], ["u:1", "u:3"], ["u:4"], ["u:5"], ["u:6"]]);
      expect(spill.storiesAtCuts).toBe(3);
      expect(spill.estimated).toBe(true);
    } finally {
      await spill.dispose();
    }
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
