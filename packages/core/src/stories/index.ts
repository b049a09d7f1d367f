// Stories: the same news from several outlets, grouped, with a canonical copy.
export {
  assignStory,
  CANDIDATES,
  type Candidate,
  comparableCopies,
  enoughSharedAnchors,
  type StoryInReach,
  storyAnchors,
} from "./assign.js";
export { comparisonText } from "./comparable.js";
export { compareFeatures, type Verdict, type VerdictReason } from "./compare.js";
export { type Features, featuresOf } from "./features.js";
export { groupKeys, recurringTemplates } from "./group.js";
export { INSTRUMENT_FAMILIES } from "./instruments.js";
export { type StoryInput, type StoryKey, storyKey } from "./key.js";
export { DEFAULT_STORY_SETTINGS, resolveStorySettings, type StorySettings } from "./settings.js";
export {
  assembleStory,
  type CanonicalCandidate,
  chooseCanonical,
  groupStories,
  type Story,
  type StoryArticle,
  type StoryCopy,
  storyIdOf,
} from "./story.js";
