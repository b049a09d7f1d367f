import { Layout } from "./layout.js";

export function NotFoundPage() {
  return (
    <Layout title="页面不存在">
      <h1>页面不存在</h1>
      <p>
        找不到这个地址。可以回到<a href="/">首页</a>，或<a href="/search/">搜索</a>文章。
      </p>
    </Layout>
  );
}
