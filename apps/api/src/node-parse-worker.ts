import { parentPort } from "node:worker_threads";
import { parse } from "@caixun/core";
import { loadSecurities } from "@caixun/core/securities";
import { parseOutcomes } from "@caixun/inputs/policy";
import { takeRecords } from "./deps.js";
import type { ParseReply, ParseRequest } from "./node-parse-protocol.js";

// Each worker holds the shipped securities dictionary, built once before it takes work.
const securities = loadSecurities();

/** A worker of the Node server's parse pool: one input a message, its outcomes under the input policy back. */
parentPort!.on("message", (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = {
      id: request.id,
      ok: true,
      outcomes: takeRecords(parseOutcomes(request.content, request.filename, { securities }), {
        left: request.recordsLeft,
      }),
    };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort!.postMessage(reply);
});

// One small parse before taking work: the first parse of a thread compiles the parser's code, and
// that should not count against a client's time limit. Then the pool starts a parse's clock.
parse(
  "---\ntitle: 预热\ndate: 2022-01-01\n---\n# 标题\n\n**加粗**段落，[链接](https://example.com)。\n\n<p>段落。</p>\n",
  { securities },
);
parentPort!.postMessage("ready");
