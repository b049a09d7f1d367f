export { type CursorPosition, decodeCursor, encodeCursor, ListRequestError } from "./cursor.js";
export { indexText, MAX_QUERY_TERMS, MAX_QUERY_TOKENS, matchExpression } from "./search-text.js";
export { type MonthShard, ShardedArticleStore, type ShardedStoreOptions } from "./sharded.js";
export { type SqlDatabase, type SqlStatement, type SqlValue, sql } from "./sql.js";
export {
  type ArticleFilter,
  type ArticlePage,
  type ArticleStore,
  type ListedRow,
  type ListOptions,
  type ListPlan,
  listPlan,
  pageOf,
  type SecurityListing,
  type SourceCount,
  SqlArticleStore,
  type StoredState,
  type StoreStats,
} from "./store.js";
export { type ArticleSummary, summarize } from "./summary.js";
export {
  articleRowJson,
  deleteStatements,
  RecordTooLargeError,
  type StoredArticle,
  sortKey,
  upsertStatements,
} from "./writes.js";
