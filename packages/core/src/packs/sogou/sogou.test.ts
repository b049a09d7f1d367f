// Fixture: Jack-Cherish/Machine-Learning, Naive Bayes/SogouC/Sample/C000023/13.txt at 84c793c8
// (also ../shared/corpus/plain-text): its first paragraphs and its footer.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { sogou } from "./index.js";

const fixture = new URL("./fixture.txt", import.meta.url);

describe("sogou pack", () => {
  const { withPack, withoutPack } = parseFixture(sogou, fixture);

  it("drops the search engine's “found N pages” footer, also when it is broken over two lines", () => {
    expect(withPack.text.endsWith("留给了节日的京城一个难忘的夜晚。")).toBe(true);
    expect(withoutPack.text.endsWith("搜狗(www.sogou.com)搜索:“太和”,共找到322,079\n\n个相关网页.")).toBe(
      true,
    );
  });
});
