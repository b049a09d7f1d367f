// One contender, one pass over the benchmark inputs, in a fresh process: prints its peak RSS as
// JSON. Spawned by memory.ts, once per contender, so no contender's heap inflates another's figure.
//   node --import tsx src/memory-probe.ts <contender name> <generated folder> <sample>
import { CONTENDERS } from "./contenders/index.js";
import { generatedInputs, realInputs } from "./inputs.js";

const [name, dir, sample] = process.argv.slice(2);
const contender = CONTENDERS.find((c) => c.name === name);
if (contender === undefined || dir === undefined || sample === undefined) {
  console.error("usage: memory-probe.ts <contender name> <generated folder> <sample>");
  process.exit(2);
}
const inputs = [...realInputs(), ...generatedInputs(dir, Number(sample))];
// Everything but the pass itself: modules loaded, inputs read and their HTML pages built.
const loadedKb = process.resourceUsage().maxRSS;
for (const input of inputs) {
  try {
    await contender.extract(input);
  } catch {
    // Failures are counted by the speed run; here only memory matters.
  }
}
const peakKb = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ loadedMb: (loadedKb * 1024) / 1e6, peakMb: (peakKb * 1024) / 1e6 }));
