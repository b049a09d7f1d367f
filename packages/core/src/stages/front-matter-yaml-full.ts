/**
 * The full YAML reader's extensions: the constructs front matter seldom writes — tags (`!!str`,
 * `!<…>`, `%TAG` handles), anchors (`&a`) and directives (`%YAML`, `%TAG`) — read into `front-matter-yaml.ts`'s
 * reader where each starts. With them the reader is the whole of what js-yaml 4.1.1 reads with
 * `{ schema: CORE_SCHEMA, json: true }`. `parse` and `parseAll` use them when given them (the `yaml`
 * option, `fullYaml` from `@caixun/core/yaml`), so that the default bundle does not carry them.
 *
 * js-yaml's loader (MIT, © 2011–2015 Vitaly Puzrin), as in `front-matter-yaml.ts`, whose licence
 * text covers the parts of this file taken from it too.
 */
import { STAGES_FRONT_MATTER_YAML_FULL_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import {
  CORE_TAG,
  code,
  constructFloat,
  constructInteger,
  fail,
  isBoolean,
  isEol,
  isFloat,
  isInteger,
  isNull,
  isWhiteSpace,
  isWsOrEol,
  readLineBreak,
  readNodeName,
  type State,
  type YamlExtensions,
} from "./front-matter-yaml.js";

/**
 * The patterns below are compiled from their literals (`STAGES_FRONT_MATTER_YAML_FULL_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let stagesFrontMatterYamlFullPatternsCompiled = false;
let FLOW_INDICATORS: RegExp;
let TAG_HANDLE: RegExp;
let TAG_URI: RegExp;

/** Compiles `STAGES_FRONT_MATTER_YAML_FULL_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesFrontMatterYamlFullPatterns(): void {
  [FLOW_INDICATORS, TAG_HANDLE, TAG_URI] = STAGES_FRONT_MATTER_YAML_FULL_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<3>;
  stagesFrontMatterYamlFullPatternsCompiled = true;
}

function readTagProperty(state: State): boolean {
  if (!stagesFrontMatterYamlFullPatternsCompiled) compileStagesFrontMatterYamlFullPatterns();
  let c = code(state);
  if (c !== 0x21) return false;
  if (state.tag !== null) fail(state, "duplication of a tag property");
  let isVerbatim = false;
  let isNamed = false;
  let handle = "!";
  c = code(state, ++state.position);
  if (c === 0x3c) {
    isVerbatim = true;
    c = code(state, ++state.position);
  } else if (c === 0x21) {
    isNamed = true;
    handle = "!!";
    c = code(state, ++state.position);
  }
  let start = state.position;
  let name: string;
  if (isVerbatim) {
    do {
      c = code(state, ++state.position);
    } while (c !== 0 && c !== 0x3e);
    if (state.position >= state.length) fail(state, "unexpected end of the stream within a verbatim tag");
    name = state.input.slice(start, state.position);
    state.position++;
  } else {
    while (c !== 0 && !isWsOrEol(c)) {
      if (c === 0x21) {
        if (isNamed) fail(state, "tag suffix cannot contain exclamation marks");
        handle = state.input.slice(start - 1, state.position + 1);
        if (!TAG_HANDLE.test(handle)) fail(state, "named tag handle cannot contain such characters");
        isNamed = true;
        start = state.position + 1;
      }
      c = code(state, ++state.position);
    }
    name = state.input.slice(start, state.position);
    if (FLOW_INDICATORS.test(name)) fail(state, "tag suffix cannot contain flow indicator characters");
  }
  if (name && !TAG_URI.test(name)) fail(state, `tag name cannot contain such characters: ${name}`);
  try {
    name = decodeURIComponent(name);
  } catch {
    fail(state, `tag name is malformed: ${name}`);
  }
  if (isVerbatim) state.tag = name;
  else if (Object.hasOwn(state.tagMap, handle)) state.tag = state.tagMap[handle] + name;
  else if (handle === "!") state.tag = `!${name}`;
  else if (handle === "!!") state.tag = CORE_TAG + name;
  else fail(state, `undeclared tag handle "${handle}"`);
  return true;
}

function readAnchorProperty(state: State): boolean {
  if (code(state) !== 0x26) return false;
  if (state.anchor !== null) fail(state, "duplication of an anchor property");
  state.anchor = readNodeName(state, "anchor");
  return true;
}

/**
 * A node with an explicit tag: one of the core schema's, looked up among the types of the node's
 * kind (any kind for an empty node), then resolved and constructed as js-yaml's types do.
 */
function resolveExplicit(state: State): void {
  const tag = state.tag as string;
  const name = tag.startsWith(CORE_TAG) ? tag.slice(CORE_TAG.length) : "";
  const kind = name === "seq" ? "sequence" : name === "map" ? "mapping" : "scalar";
  const known = ["str", "seq", "map", "null", "bool", "int", "float"].includes(name);
  if (!known || (state.kind !== null && state.kind !== kind)) fail(state, `unknown tag !<${tag}>`);
  if (state.result !== null && state.kind !== kind) {
    fail(state, `unacceptable node kind for !<${tag}> tag; it should be "${kind}", not "${state.kind}"`);
  }
  const data = state.result as string | null;
  if (name === "seq") state.result = data ?? [];
  else if (name === "map") state.result = data ?? {};
  else if (name === "str") state.result = data ?? "";
  else if (name === "null" && isNull(data)) state.result = null;
  else if (name === "bool" && isBoolean(data))
    state.result = data === "true" || data === "True" || data === "TRUE";
  else if (name === "int" && isInteger(data)) state.result = constructInteger(data);
  else if (name === "float" && isFloat(data)) state.result = constructFloat(data);
  else fail(state, `cannot resolve a node with !<${tag}> explicit tag`);
}

function readDirective(state: State): void {
  let c = code(state, ++state.position);
  let start = state.position;
  while (c !== 0 && !isWsOrEol(c)) c = code(state, ++state.position);
  const name = state.input.slice(start, state.position);
  const args: string[] = [];
  if (name.length < 1) fail(state, "directive name must not be less than one character in length");
  while (c !== 0) {
    while (isWhiteSpace(c)) c = code(state, ++state.position);
    if (c === 0x23) {
      do {
        c = code(state, ++state.position);
      } while (c !== 0 && !isEol(c));
      break;
    }
    if (isEol(c)) break;
    start = state.position;
    while (c !== 0 && !isWsOrEol(c)) c = code(state, ++state.position);
    args.push(state.input.slice(start, state.position));
  }
  if (c !== 0) readLineBreak(state);
  if (name === "YAML") yamlDirective(state, args);
  else if (name === "TAG") tagDirective(state, args);
}

function yamlDirective(state: State, args: string[]): void {
  if (state.versionSeen) fail(state, "duplication of %YAML directive");
  if (args.length !== 1) fail(state, "YAML directive accepts exactly one argument");
  const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]!);
  if (match === null) fail(state, "ill-formed argument of the YAML directive");
  if (Number.parseInt(match[1]!, 10) !== 1) fail(state, "unacceptable YAML version of the document");
  state.versionSeen = true;
}

function tagDirective(state: State, args: string[]): void {
  if (!stagesFrontMatterYamlFullPatternsCompiled) compileStagesFrontMatterYamlFullPatterns();
  if (args.length !== 2) fail(state, "TAG directive accepts exactly two arguments");
  const [handle, written] = args as [string, string];
  if (!TAG_HANDLE.test(handle)) fail(state, "ill-formed tag handle (first argument) of the TAG directive");
  if (Object.hasOwn(state.tagMap, handle)) {
    fail(state, `there is a previously declared suffix for "${handle}" tag handle`);
  }
  if (!TAG_URI.test(written)) fail(state, "ill-formed tag prefix (second argument) of the TAG directive");
  let prefix = written;
  try {
    prefix = decodeURIComponent(written);
  } catch {
    fail(state, `tag prefix is malformed: ${written}`);
  }
  state.tagMap[handle] = prefix;
}

/** What the full reader adds to front matter's YAML reader (see the top of this file). */
export const FULL_YAML: YamlExtensions = {
  readProperty: (state) => readTagProperty(state) || readAnchorProperty(state),
  readDirective,
  resolveExplicit,
};
