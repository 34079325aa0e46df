/**
 * Bumped whenever ingest or indexing changes what is produced for the same
 * bytes; a cache written by another version is ignored and rebuilt.
 */
export const ENGINE_VERSION = 'sourced-engine-11';
