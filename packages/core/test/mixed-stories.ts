import { aboutAnotherThing } from "../src/stories/assign.js";
import { compareFeatures, type Features, type StorySettings } from "../src/stories/index.js";

/** Stories whose copies disagree, found by asking `compareFeatures` about every two copies of each. */
export interface MixedStories {
  /** Stories holding two copies a guard says are about two things (`aboutAnotherThing`): wrong stories. */
  about: string[][];
  /**
   * The other stories holding two copies a guard parts (figures read apart, a snapshot's time): two
   * feeds' readings of one moment, or two moments; read them.
   */
  readings: string[][];
}

/**
 * The stories (lists of ids) whose copies a guard parts pairwise: grouping joins an item through the
 * copies it matches and its story's founder, so what a story holds besides can disagree with it.
 * Copies that differ only in wording (`different-text`, `different-lead`) are paraphrases of a chain.
 */
export function mixedStories(
  stories: readonly string[][],
  featuresOf: (id: string) => Features,
  settings: Readonly<StorySettings>,
): MixedStories {
  const found: MixedStories = { about: [], readings: [] };
  for (const ids of stories) {
    let about = false;
    let readings = false;
    for (let x = 0; x < ids.length && !about; x++)
      for (let y = x + 1; y < ids.length && !about; y++) {
        const verdict = compareFeatures(featuresOf(ids[x]!), featuresOf(ids[y]!), settings);
        if (verdict.same || verdict.reason === "different-text" || verdict.reason === "different-lead")
          continue;
        if (aboutAnotherThing(verdict)) about = true;
        else readings = true;
      }
    if (about) found.about.push([...ids]);
    else if (readings) found.readings.push([...ids]);
  }
  return found;
}
