import type { DocRow } from "../search/format.js";
import { type SnippetPart, snippet } from "../search/snippet.js";
import { SearchEngine } from "./search-engine.js";

const RESULT_LIMIT = 50;

const form = document.getElementById("search-form") as HTMLFormElement;
const input = document.getElementById("q") as HTMLInputElement;
const status = document.getElementById("search-status")!;
const list = document.getElementById("search-results")!;

const engine = new SearchEngine(async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
});

/** The title as text nodes, with each word of the query in <mark> (built as nodes: nothing is parsed as HTML). */
function highlighted(title: string, query: string): Node[] {
  const words = query.split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return [document.createTextNode(title)];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return title.split(new RegExp(`(${escaped.join("|")})`, "gi")).map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part);
    const mark = document.createElement("mark");
    mark.textContent = part;
    return mark;
  });
}

/** Snippet parts as nodes, matches in <mark>. */
function snippetNodes(parts: SnippetPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement("mark");
    mark.textContent = part.text;
    return mark;
  });
}

/**
 * The text of an article, read from its own page (already on the host, so the index needs no copy
 * of every text): what the snippet is cut from.
 */
async function articleText(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const parts = page.querySelectorAll(".article-header .standfirst, .article-body");
  return [...parts].map((part) => part.textContent ?? "").join(" ");
}

/** Fills in a result's snippet once it scrolls into view, so a query fetches only what is read. */
const snippetLoader = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const item = entry.target as HTMLLIElement;
      snippetLoader.unobserve(item);
      const target = item.querySelector<HTMLParagraphElement>(".snippet")!;
      articleText(item.dataset.href!).then(
        (text) => target.replaceChildren(...snippetNodes(snippet(text, item.dataset.query!))),
        () => target.remove(),
      );
    }
  },
  { rootMargin: "200px" },
);

function resultItem([path, title, date, source]: DocRow, query: string): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.className = "title";
  link.href = path.split("/").map(encodeURIComponent).join("/");
  link.append(...highlighted(title, query));
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = source ? `${date} · ${source}` : date;
  const excerpt = document.createElement("p");
  excerpt.className = "snippet lead";
  item.dataset.href = link.href;
  item.dataset.query = query;
  item.append(link, meta, excerpt);
  snippetLoader.observe(item);
  return item;
}

async function run(query: string): Promise<void> {
  list.replaceChildren();
  if (query.trim() === "") {
    status.textContent = "";
    return;
  }
  status.textContent = "搜索中…";
  try {
    const answer = await engine.search(query, RESULT_LIMIT);
    list.replaceChildren(...answer.results.map((result) => resultItem(result.row, query)));
    status.textContent =
      answer.total === 0
        ? `没有找到与「${query}」相关的文章`
        : answer.total > answer.results.length
          ? `找到 ${answer.total} 篇，显示最相关的 ${answer.results.length} 篇`
          : `找到 ${answer.total} 篇`;
  } catch (error) {
    status.textContent = `搜索失败：${(error as Error).message}`;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  const url = new URL(location.href);
  url.searchParams.set("q", query);
  history.replaceState(null, "", url);
  void run(query);
});

const initial = new URLSearchParams(location.search).get("q") ?? "";
input.value = initial;
void run(initial);
