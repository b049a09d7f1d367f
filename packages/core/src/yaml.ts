/**
 * `@caixun/core/yaml`: the full YAML reader for front matter, its own entry point so that a page
 * that parses files carries it only when asked for. `parse` reads the YAML front matter writes —
 * nested maps and lists, flow collections, quoted and plain scalars, numbers, booleans, comments
 * and block scalars (`|`, `>`) — with the reader it always has; tags (`!!str`), anchors (`&a`) and
 * directives (`%YAML`) only with this one, and without it recovers such front matter line by line
 * (`yaml-recovered`):
 *
 *   import { parse } from "@caixun/core";
 *   import { fullYaml } from "@caixun/core/yaml";
 *   parse(bytes, { yaml: fullYaml });
 */
export { FULL_YAML as fullYaml } from "./stages/front-matter-yaml-full.js";
