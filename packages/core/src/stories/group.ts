import { contentCharacters } from "./comparable.js";
import { compareStoryKeys, StoryGrouper } from "./grouper.js";
import type { StoryKey } from "./key.js";
import type { StorySettings } from "./settings.js";

/**
 * Groups story keys held in memory into stories: sorts them in time order (undated ones last, ties
 * by id), so the result is the same whatever order the keys came in, and groups the dated ones in
 * one pass (`StoryGrouper`, which a corpus too large to hold is given in time order instead). An
 * undated item joins the first item with the same text, dated or not, or starts a story of its own.
 *
 * Returns the stories as lists of indices into `keys`, each list in time order, the lists in the
 * order of their first item.
 */
export function groupKeys(keys: readonly StoryKey[], settings: Readonly<StorySettings>): number[][] {
  const order = keys.map((_, i) => i).sort((a, b) => compareStoryKeys(keys[a]!, keys[b]!));
  const stories: number[][] = [];
  const grouper = new StoryGrouper<number>(settings, (copies) => stories.push(copies.map((c) => c.item)));
  const firstUndated = order.findIndex((i) => keys[i]!.at === null);
  const dated = firstUndated === -1 ? order : order.slice(0, firstUndated);
  for (const i of dated) grouper.add(keys[i]!, i);
  grouper.finish();
  if (firstUndated === -1) return stories;

  const storyOf = new Map<number, number[]>();
  for (const story of stories) for (const i of story) storyOf.set(i, story);
  const byText = new Map<string, number[]>();
  const textOf = (i: number) => contentCharacters(keys[i]!.text);
  for (const i of dated) if (!byText.has(textOf(i))) byText.set(textOf(i), storyOf.get(i)!);
  for (const i of order.slice(firstUndated)) {
    const text = textOf(i);
    const story = text === "" ? undefined : byText.get(text);
    if (story !== undefined) story.push(i);
    else {
      stories.push([i]);
      if (text !== "") byText.set(text, stories[stories.length - 1]!);
    }
  }
  return stories;
}
