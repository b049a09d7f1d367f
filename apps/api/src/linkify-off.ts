/**
 * Stands in for linkify-it in the Worker bundles (wrangler.jsonc `alias`): core's markdown-it runs
 * with `linkify: false`, and both of markdown-it's linkify rules return before they touch
 * `md.linkify`, so its URL-finding tables (9 KB minified) are never used there. Anything that did
 * use it would fail loudly rather than find no links.
 */
export default class LinkifyOff {
  pretest(): never {
    return linkifyIsOff();
  }
  test(): never {
    return linkifyIsOff();
  }
  match(): never {
    return linkifyIsOff();
  }
  matchAtStart(): never {
    return linkifyIsOff();
  }
}

function linkifyIsOff(): never {
  throw new Error("linkify-it is not bundled in this Worker (markdown-it runs with linkify: false)");
}
