-- One way to keep the full-text indexes in step with their tables: explicit statements in
-- src/corpus/ingest.ts, for every insert, replacement, deletion and re-analysis (migration
-- 0002 already replaced the insert triggers). The delete and update triggers ran the same
-- work a second way, so a code path could rely on either; now there is one.
DROP TRIGGER IF EXISTS `sentences_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sentences_fts_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `passages_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `passages_fts_au`;
--> statement-breakpoint
-- Newest articles first without a scan of the whole table (inline mode's top facts).
CREATE INDEX `articles_published_idx` ON `articles` (`published`);
