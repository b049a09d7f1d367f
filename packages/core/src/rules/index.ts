// @caixun/core/rules — rule packs as JSON (`rules.schema.json`): check and compile a document, add
// it to a set of packs (`parse(input, { packs: withRules(PACKS, rules) })`), and learn one from a
// corpus (lines a source repeats, title suffixes). The checker lives here, not in `parse`, so that a
// page that only parses ships none of it.
export { DEFAULT_LEARN_SETTINGS, type LearnSettings } from "../learn/learn.js";
export {
  type CorpusFile,
  DEFAULT_GROUP_FIELDS,
  type LearnedRule,
  type LearnOptions,
  type LearnResult,
  learnRules,
} from "../learn/pack.js";
export {
  compileRules,
  MAX_PATTERN_RUN,
  MAX_RULE_CHARS,
  MAX_RULE_PACKS,
  MAX_RULE_PATTERNS,
  type RulePackJson,
  type RulesJson,
  withRules,
} from "../packs/json.js";
export { rulesSchema } from "../packs/rules-schema.js";
