import { Layout } from "./layout.js";

/** The search page: a plain form; /assets/search.js reads `?q=` and fills in the results. */
export function SearchPage() {
  return (
    <Layout title="搜索" path="/search/" scripts={["search.js"]}>
      <h1>搜索</h1>
      <form class="search-box" action="/search/" method="get" id="search-form">
        <label for="q" class="visually-hidden">
          搜索标题与正文
        </label>
        <input id="q" type="search" name="q" placeholder="输入关键词，如：太保、601601" autocomplete="off" />
        <button type="submit">搜索</button>
      </form>
      <p class="hint">按标题与正文检索，所有检索词须同时出现；单个汉字只检索标题。</p>
      <p id="search-status" class="count" role="status" aria-live="polite" />
      <ol id="search-results" class="article-list" />
      <noscript>
        <p>搜索需要 JavaScript。也可以按来源、标签、证券或月份浏览。</p>
      </noscript>
    </Layout>
  );
}
