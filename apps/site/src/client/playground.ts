import { type Article, parse } from "@caixun/core";
// The browser build's parse reads a JSON record, a feed, a SQL dump or a CSV export only given these readers.
import { records } from "@caixun/core/records";
import { displayDate } from "../build/dates.js";

const form = document.getElementById("playground-form") as HTMLFormElement;
const input = document.getElementById("playground-input") as HTMLTextAreaElement;
const fileInput = document.getElementById("playground-file") as HTMLInputElement;
const output = document.getElementById("playground-output")!;
const summary = document.getElementById("playground-summary")!;
const warnings = document.getElementById("playground-warnings") as HTMLDetailsElement;
const body = document.getElementById("playground-body")!;
const json = document.getElementById("playground-json")!;
const errorBox = document.getElementById("playground-error")!;

/** The fields shown at a glance, as [field, label, value]. */
function summaryFields(article: Article): [string, string, string][] {
  return [
    ["title", "标题", article.title],
    ["id", "ID", article.id],
    ["publishedAt", "发布时间", article.publishedAt ? displayDate(article.publishedAt) : "—"],
    ["source", "来源", article.source?.name ?? "—"],
    ["via", "转载经由", article.via.join(" → ") || "—"],
    ["author", "作者", article.author ?? "—"],
    ["editor", "责任编辑", article.editor ?? "—"],
    ["securities", "相关证券", article.securities.map((s) => `${s.code}.${s.market}`).join("、") || "—"],
    ["format", "格式", article.format],
    [
      "stats",
      "字数",
      `${article.stats.characters} 字，${article.stats.paragraphs} 段，约 ${article.stats.readingMinutes} 分钟`,
    ],
  ];
}

function show(article: Article): void {
  summary.replaceChildren(
    ...summaryFields(article).map(([field, label, value]) => {
      const row = document.createElement("div");
      const term = document.createElement("dt");
      term.textContent = label;
      const detail = document.createElement("dd");
      detail.dataset.field = field;
      detail.textContent = value;
      row.append(term, detail);
      return row;
    }),
  );
  const list = warnings.querySelector("ul")!;
  list.replaceChildren(
    ...article.warnings.map((warning) => {
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = warning.code;
      item.append(code, ` ${warning.message}`);
      return item;
    }),
  );
  warnings.querySelector("summary")!.textContent = `编辑提示（${article.warnings.length}）`;
  warnings.hidden = article.warnings.length === 0;
  // Core's html is sanitized: built from typed blocks with every string escaped.
  body.innerHTML = article.html;
  json.textContent = JSON.stringify(article, null, 2);
  errorBox.hidden = true;
  output.hidden = false;
  output.scrollIntoView({ block: "start" });
}

function run(source: string | Uint8Array, filename: string): void {
  try {
    show(parse(source, { filename, records }));
  } catch (error) {
    output.hidden = true;
    errorBox.textContent = `无法解析：${(error as Error).message}`;
    errorBox.hidden = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run(input.value, "pasted.txt");
});

fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  // Bytes, not text: core detects GBK/GB18030 itself.
  const bytes = new Uint8Array(await file.arrayBuffer());
  input.value = new TextDecoder().decode(bytes);
  run(bytes, file.name);
});
