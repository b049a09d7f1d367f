/**
 * The built Node server (`dist/node.js`): its parse workers are the compiled files beside it, so
 * tests that start a real server load it from dist (turbo builds before testing). Typed from the
 * source, so type-checking does not need a build.
 */
import type * as NodeServer from "../../src/node.js";

export type { NodeSettings, RunningServer } from "../../src/node.js";

const built = new URL("../../dist/node.js", import.meta.url).href;

export const { startServer } = (await import(built)) as typeof NodeServer;
