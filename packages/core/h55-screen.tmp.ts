import { tableAndPackRegexes } from "./test/adversarial/inventory.js";
import { growth, MAX_GROWTH } from "./test/adversarial/measure.js";
import { attackString, regexAttacks } from "./test/adversarial/regex-attacks.js";
function runner(regex: RegExp) {
  const global = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  return (input: string) => { global.lastIndex = 0; let m = 0; for (let x = global.exec(input); x !== null; x = global.exec(input)) { m++; if (x[0] === "") global.lastIndex++; } return m; };
}
function once(run: () => unknown) { const s = process.cpuUsage(); run(); const u = process.cpuUsage(s); return (u.user + u.system) / 1000; }
const t0 = process.cpuUsage();
const entries = await tableAndPackRegexes();
let n = 0; let screen = 0; let grow = 0;
for (const e of entries) {
  if (e.bounded) continue;
  n++;
  const run = runner(e.regex);
  const s0 = process.cpuUsage();
  const ranked = regexAttacks(e.regex).map((a) => ({ a, c: once(() => run(attackString(a, 10_000))) })).sort((x, y) => y.c - x.c);
  const s1 = process.cpuUsage(s0); screen += (s1.user + s1.system) / 1000;
  if (ranked[0]!.c > 100) { console.log("SLOW10k", e.where, ranked[0]!.c.toFixed(0), ranked[0]!.a.label); continue; }
  const g0 = process.cpuUsage();
  const g = growth((size) => attackString(ranked[0]!.a, size), run);
  const g1 = process.cpuUsage(g0); grow += (g1.user + g1.system) / 1000;
  if (g.growth > MAX_GROWTH) console.log("GROW", e.where, g.growth.toFixed(2), g.costs.map((c) => c.toFixed(1)).join("/"));
}
const t = process.cpuUsage(t0);
console.log({ n, screenMs: screen.toFixed(0), growMs: grow.toFixed(0), totalMs: ((t.user + t.system) / 1000).toFixed(0) });
