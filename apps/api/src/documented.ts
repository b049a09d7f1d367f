/**
 * The Workers' wrangler.jsonc `define` it as `true`; nowhere else is it defined (`typeof` reads an
 * undefined global without throwing).
 */
declare const CAIXUN_WORKER: true | undefined;

/**
 * Whether this build describes the API: true where the OpenAPI document is built and in the Node
 * apps; false in a Worker, which sends the document its build wrote (static assets) and never reads
 * the routes' summaries, tags, responses or descriptions. What only the document reads is written
 * `DOCUMENTED && { … }`: esbuild, bundling a Worker, sees `false && { … }` and leaves it out (issue 11).
 */
export const DOCUMENTED: boolean = typeof CAIXUN_WORKER === "undefined";
