import { parse } from "@caixun/core";
import { ENTITY_TABLE as CORE_ENTITY_TABLE } from "@caixun/core/entities/basic";
import { expect, test } from "vitest";
import { assetEntities, ENTITIES_ASSET, ENTITY_TABLE, fullEntities } from "../../src/asset-entities.js";
import { entitiesAsset } from "../../src/worker-assets.js";
import { standInAssets } from "./stand-in-assets.js";

// What the Workers put in `@caixun/core/entities`' place (wrangler.jsonc `alias`), run on Node against
// stand-in assets bindings: the file as the build writes it, and a deployment without it.
const PAGE =
  "<html><body><h1>星标 &bigstar; 公告</h1><p>指数 &NotEqualTilde; 基准，&Afr; 类资产配置调整。</p></body></html>";

/** A parse before the table is read: core's parser fails, and core keeps the text with a warning that says why. */
function parsedBeforeTheTable() {
  const article = parse(PAGE, { filename: "a.html", entities: fullEntities });
  return { text: article.text, warnings: article.warnings };
}

test("before the table is read, a parse fails loudly rather than read `&bigstar;` as text", async () => {
  expect(parsedBeforeTheTable()).toEqual({
    text: PAGE,
    warnings: [
      {
        code: "parse-failed",
        message:
          "the parser failed (HTML's entity table is not loaded: await assetEntities() before a parse); the text was kept line by line",
      },
    ],
  });

  const lacking = standInAssets({});
  await expect(assetEntities(lacking.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${ENTITIES_ASSET} (HTTP 404)`,
  );
  await expect(assetEntities(undefined)).rejects.toThrow("no ASSETS binding to read entities.json from");
  expect(parsedBeforeTheTable().warnings.map((warning) => warning.code)).toEqual(["parse-failed"]);

  expect(ENTITY_TABLE).toBeUndefined();
  const deployed = standInAssets({ [ENTITIES_ASSET]: entitiesAsset() });
  await assetEntities(deployed.binding);
  // The names `parse` always reads, for core's `@caixun/core/entities/basic` in a Worker.
  expect(ENTITY_TABLE).toBe(CORE_ENTITY_TABLE);
  await assetEntities(deployed.binding);
  expect(deployed.asked).toEqual([ENTITIES_ASSET]);
  const article = parse(PAGE, { filename: "a.html", entities: fullEntities });
  expect(article.title).toBe("星标 ★ 公告");
  expect(article.text).toBe("指数 ≂̸ 基准，𝔄 类资产配置调整。");

  // A binding without the file is still refused, each time asked again: a fixed deployment recovers.
  await expect(assetEntities(lacking.binding)).rejects.toThrow(/hold no entities\.json/);
  expect(lacking.asked).toEqual([ENTITIES_ASSET, ENTITIES_ASSET]);
});

test("a file that is not the table is refused as a missing one is", async () => {
  const broken = standInAssets({ [ENTITIES_ASSET]: JSON.stringify({ table: 1 }) });
  await expect(assetEntities(broken.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${ENTITIES_ASSET} (HTTP 200)`,
  );
  // The full table without the basic one (an entities.json of before the basic table moved there).
  const { basic: _basic, ...fullOnly } = JSON.parse(entitiesAsset()) as Record<string, string>;
  const stale = standInAssets({ [ENTITIES_ASSET]: JSON.stringify(fullOnly) });
  await expect(assetEntities(stale.binding)).rejects.toThrow(
    `the Worker's static assets hold no ${ENTITIES_ASSET} (HTTP 200)`,
  );
  const notJson = standInAssets({ [ENTITIES_ASSET]: "<html>" });
  await expect(assetEntities(notJson.binding)).rejects.toThrow(SyntaxError);
});
