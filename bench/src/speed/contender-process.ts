// One contender alone in its own process, driven by the bench over IPC (see steady-state.ts):
//   node --import tsx src/speed/contender-process.ts <contender key> <input set file> [core build]
// It loads the contender and the inputs, runs one pass at once (the cold figure) and then waits:
// warm-up passes until the pass time settles, and blocks of timed passes, each when asked. Nothing
// forces a garbage collection: in V8 that discards optimised code and slows the next pass.
import { contenderEntry } from "../contenders/index.js";
import { readInputSet } from "./input-file.js";
import type { Pass, Reply, Request } from "./protocol.js";
import { hasSettled } from "./settle.js";

const [key, inputFile, core] = process.argv.slice(2);
if (key === undefined || inputFile === undefined || process.send === undefined) {
  console.error(
    "usage (from the bench only): contender-process.ts <contender key> <input set file> [core build]",
  );
  process.exit(2);
}
const send = (reply: Reply) => process.send!(reply);
const megabytes = (kb: number) => (kb * 1024) / 1e6;

const contender = await contenderEntry(key).load(core || undefined);
const { inputs, generatedFrom } = readInputSet(inputFile);

let failures = 0;

async function pass(): Promise<Pass> {
  failures = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let generatedStart = cpuStart;
  for (let i = 0; i < inputs.length; i++) {
    if (i === generatedFrom) generatedStart = process.cpuUsage();
    try {
      const result = contender.extract(inputs[i]!);
      // Only asynchronous contenders pay for an await.
      if (result instanceof Promise) await result;
    } catch {
      failures++;
    }
  }
  const wallMs = performance.now() - wallStart;
  const end = process.cpuUsage();
  const ms = (from: NodeJS.CpuUsage) => (end.user - from.user + end.system - from.system) / 1000;
  return {
    cpuMs: ms(cpuStart),
    wallMs,
    generatedCpuMs: generatedFrom < inputs.length ? ms(generatedStart) : 0,
  };
}

const loadedMb = megabytes(process.resourceUsage().maxRSS);
const cold = await pass();
send({
  type: "ready",
  pid: process.pid,
  name: contender.name,
  reads: contender.reads,
  extracts: contender.extracts,
  loadedMb,
  cold,
  peakMb: megabytes(process.resourceUsage().maxRSS),
  failures,
});

process.on("message", async (request: Request) => {
  if (request.type === "exit") {
    process.disconnect();
    return;
  }
  const passes: Pass[] = [];
  if (request.type === "warm-up") {
    const { rule } = request;
    while (
      passes.length < rule.maxPasses &&
      !hasSettled(
        passes.map((p) => p.cpuMs),
        rule,
      )
    ) {
      passes.push(await pass());
    }
    send({
      type: "warmed",
      passes,
      settled: hasSettled(
        passes.map((p) => p.cpuMs),
        rule,
      ),
    });
  } else {
    for (let i = 0; i < request.count; i++) passes.push(await pass());
    send({ type: "timed", passes });
  }
});
