import { Layout } from "./layout.js";

/**
 * Paste a raw news file, see the Article core makes of it. Parsing happens in the browser
 * (/assets/playground.js bundles @caixun/core); nothing is sent anywhere.
 */
export function PlaygroundPage() {
  return (
    <Layout title="解析试验" path="/playground/" scripts={["playground.js"]}>
      <h1>解析试验</h1>
      <p class="hint">
        粘贴一篇原始新闻文件（Jekyll / Hexo 文章、纯文本）或选择本地文件，即可看到 caixun
        解析出的结构化文章。解析在浏览器内完成，不上传任何内容。
      </p>
      <form id="playground-form" class="playground-form">
        <label for="playground-input">原始文件</label>
        <textarea
          id="playground-input"
          name="input"
          rows={14}
          spellcheck={false}
          placeholder="在此粘贴原始文件内容"
        />
        <div class="playground-actions">
          <label class="file-pick">
            选择文件 <input id="playground-file" type="file" accept=".md,.markdown,.txt,.html,.htm,text/*" />
          </label>
          <button type="submit">解析</button>
        </div>
      </form>
      <section id="playground-output" class="playground-output" aria-live="polite" hidden>
        <h2>解析结果</h2>
        <dl id="playground-summary" class="provenance" />
        <details id="playground-warnings" class="warnings">
          <summary>编辑提示</summary>
          <ul />
        </details>
        <h3>正文</h3>
        <div id="playground-body" class="article-body" />
        <details>
          <summary>完整 JSON</summary>
          <pre id="playground-json" />
        </details>
      </section>
      <p id="playground-error" class="error" role="alert" hidden />
    </Layout>
  );
}
