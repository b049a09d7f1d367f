import { readFileSync } from "node:fs";
import { parseAllSync } from "./src/parse-all.js";
const f = process.argv[2]!;
for (const r of parseAllSync(readFileSync(f, "utf8"), { filename: f })) {
  if ("article" in r) { const a = r.article; console.log(JSON.stringify({t: a.title, d: a.publishedAt, s: a.source, au: a.author, sec: a.securities?.map((x:any)=>x.code ?? x), ts: a.text.slice(0,60), te: a.text.slice(-40), w: a.warnings})); }
  else console.log(JSON.stringify(r).slice(0,300));
}
