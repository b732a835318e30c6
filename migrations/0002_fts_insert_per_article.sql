-- Ingest indexes each article's new rows with one INSERT ... SELECT per FTS table (see
-- writeArticle in src/corpus/ingest.ts) instead of a trigger per row. A trigger runs the FTS5
-- insert inside a statement savepoint, and FTS5 flushes its pending terms to a new segment at
-- every savepoint: per-row triggers made indexing about twice as slow as the insert itself.
-- The delete and update triggers stay: they are rare (re-ingest, re-analysis) and keep the
-- index in step whichever code path removes or rewrites a row.
DROP TRIGGER IF EXISTS `sentences_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `passages_fts_ai`;
