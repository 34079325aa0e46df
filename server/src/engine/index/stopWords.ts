/**
 * English stop words: Lucene's default English set plus common function
 * words. Tuned on SciFact training claims (see bench/scifact.ts); negations
 * are stop words for retrieval only, the claim checker reads them itself.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on',
  'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);
