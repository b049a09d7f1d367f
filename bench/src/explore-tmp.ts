import { goldInputs, scoreContenders } from "./accuracy.js";
import { CONTENDERS } from "./contenders/index.js";
import { generatedInputs, realInputs } from "./inputs.js";
import { timeContenders } from "./runner.js";

const cases = goldInputs()!;
const acc = await scoreContenders(CONTENDERS, cases);
for (const a of acc) console.log(a.contender, JSON.stringify(a.fields), a.leakedFragments);
const inputs = [
  ...realInputs(),
  ...generatedInputs("/tmp/caixun-bench-gen-test", Number(process.argv[2] ?? 300)),
];
const t = await timeContenders(CONTENDERS, inputs, { warmupRounds: 1, rounds: 3 });
for (const x of t)
  console.log(
    x.contender.padEnd(25),
    x.articlesPerSecond.toFixed(0).padStart(7),
    x.megabytesPerSecond.toFixed(2).padStart(7),
    x.failures,
    x.roundsMs.map(Math.round).join(" "),
  );
