// @caixun/core/stories — the story engine's parts: story keys, the comparison of two items, grouping
// a corpus and assigning one new item against stored candidates (for a store), the canonical copy.
// The text fingerprint (64-bit SimHash, `Article.fingerprint`) is here too, for comparison.

export { INSTRUMENT_FAMILIES } from "@caixun/core/stories/words";
export { fingerprint, hammingDistance } from "../assemble/fingerprint.js";
export {
  assignStory,
  CANDIDATES,
  type Candidate,
  comparableCopies,
  enoughSharedAnchors,
  exactCopyJoins,
  NearCopyCarriers,
  nearCopyJoins,
  nearCopySize,
  type StoryInReach,
  storyAnchors,
} from "./assign.js";
export { comparisonText } from "./comparable.js";
export { compareFeatures, type Verdict, type VerdictReason } from "./compare.js";
export { type Features, featuresOf } from "./features.js";
export { CorpusGrouper, exactTextHash, groupKeys, type UndatedItem } from "./group.js";
export { compareStoryKeys, type GroupedCopy, StoryGrouper } from "./grouper.js";
export { type StoryInput, type StoryKey, storyKey } from "./key.js";
export { DEFAULT_STORY_SETTINGS, resolveStorySettings, type StorySettings } from "./settings.js";
export {
  assembleStory,
  betterCanonical,
  type CanonicalCandidate,
  chooseCanonical,
  groupStories,
  type Story,
  type StoryArticle,
  type StoryCopy,
  storyIdOf,
  storyOfCopies,
} from "./story.js";
export { horizonStart, TemplateHistory } from "./templates.js";
