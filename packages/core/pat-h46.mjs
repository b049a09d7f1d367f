import { parse, PACKS } from "@caixun/core";
import { withRules } from "@caixun/core/rules";
const [p, key, head, unit, ...ns] = process.argv.slice(2);
const packs = withRules(PACKS, { name: "t", [key]: [p] });
for (const n of ns.map(Number)) {
  const line = head + unit.repeat(n);
  const t = performance.now();
  const r = parse(`---\ntitle: 测试\n---\n${line}\n`, { packs, filename: "a.md" });
  console.log(p, key, n, Math.round(performance.now() - t), "ms", r.text?.length, r.warnings?.map(w=>w.code));
}
