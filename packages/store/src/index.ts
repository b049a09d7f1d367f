export { type CursorPosition, decodeCursor, encodeCursor, ListRequestError } from "./cursor.js";
export { indexText, matchExpression } from "./search-text.js";
export { type SqlDatabase, type SqlStatement, type SqlValue, sql } from "./sql.js";
export {
  type ArticleFilter,
  type ArticlePage,
  type ArticleStore,
  type ListOptions,
  type SecurityListing,
  type SourceCount,
  SqlArticleStore,
  type StoreStats,
} from "./store.js";
export { type ArticleSummary, summarize } from "./summary.js";
export { RecordTooLargeError, type StoredArticle, sortKey, upsertStatements } from "./writes.js";
