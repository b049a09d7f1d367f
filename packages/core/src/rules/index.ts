// @caixun/core/rules — rule packs as JSON (`rules.schema.json`): compile and check a document, add
// it to a set of packs, and learn one from a corpus (lines a source repeats, title suffixes). `parse`
// takes such a document as its `rules` option; this entry is for tools that write or check them.
export { DEFAULT_LEARN_SETTINGS, type LearnSettings } from "../learn/learn.js";
export {
  type CorpusFile,
  DEFAULT_GROUP_FIELDS,
  type LearnedRule,
  type LearnOptions,
  type LearnResult,
  learnRules,
} from "../learn/pack.js";
export { compileRules, type RulePackJson, type RulesJson, withRules } from "../packs/json.js";
export { rulesSchema } from "../packs/rules-schema.js";
