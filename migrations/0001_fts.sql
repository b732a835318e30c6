-- Full-text indexes over the analysed terms of sentences and passages.
-- drizzle-kit does not model virtual tables, so they live in this custom migration.
-- External-content tables: the text lives once, in sentences/passages; triggers keep the index in sync.
-- The `terms` column already holds the output of our own analyser (normalised, stemmed,
-- stop words removed), so FTS5 only needs to split on spaces.
CREATE VIRTUAL TABLE `sentences_fts` USING fts5(`terms`, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE VIRTUAL TABLE `passages_fts` USING fts5(`terms`, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
-- Document frequency per term, used to weigh question concepts (rare terms matter more).
CREATE VIRTUAL TABLE `sentences_vocab` USING fts5vocab(`sentences_fts`, 'row');
--> statement-breakpoint
CREATE TRIGGER `sentences_fts_ai` AFTER INSERT ON `sentences` BEGIN
  INSERT INTO `sentences_fts`(rowid, `terms`) VALUES (new.id, new.terms);
END;
--> statement-breakpoint
CREATE TRIGGER `sentences_fts_ad` AFTER DELETE ON `sentences` BEGIN
  INSERT INTO `sentences_fts`(`sentences_fts`, rowid, `terms`) VALUES ('delete', old.id, old.terms);
END;
--> statement-breakpoint
CREATE TRIGGER `sentences_fts_au` AFTER UPDATE OF `terms` ON `sentences` BEGIN
  INSERT INTO `sentences_fts`(`sentences_fts`, rowid, `terms`) VALUES ('delete', old.id, old.terms);
  INSERT INTO `sentences_fts`(rowid, `terms`) VALUES (new.id, new.terms);
END;
--> statement-breakpoint
CREATE TRIGGER `passages_fts_ai` AFTER INSERT ON `passages` BEGIN
  INSERT INTO `passages_fts`(rowid, `terms`) VALUES (new.id, new.terms);
END;
--> statement-breakpoint
CREATE TRIGGER `passages_fts_ad` AFTER DELETE ON `passages` BEGIN
  INSERT INTO `passages_fts`(`passages_fts`, rowid, `terms`) VALUES ('delete', old.id, old.terms);
END;
--> statement-breakpoint
CREATE TRIGGER `passages_fts_au` AFTER UPDATE OF `terms` ON `passages` BEGIN
  INSERT INTO `passages_fts`(`passages_fts`, rowid, `terms`) VALUES ('delete', old.id, old.terms);
  INSERT INTO `passages_fts`(rowid, `terms`) VALUES (new.id, new.terms);
END;
