import { readFileSync } from "node:fs";
import { parse } from "./src/index.js";
const f = process.argv[2]!;
const a: any = parse(readFileSync(f, "utf8"), { filename: f.split("/").slice(-2).join("/") } as any);
const out = Array.isArray(a) ? a[0] : a;
console.log(JSON.stringify({ title: out.title, publishedAt: out.publishedAt, source: out.source, via: out.via, originalUrl: out.originalUrl, author: out.author, editor: out.editor, warnings: out.warnings?.map((w: any) => w.code) }, null, 0));
console.log(out.text.slice(0, +(process.argv[3] ?? 400)));
