/**
 * Noticing that the corpus changed, so that a running bot or terminal chat answers from articles
 * that another process (`npm run ingest`, another instance) committed after it started.
 *
 * The check runs before every question and costs microseconds: SQLite's `data_version` changes
 * when another connection commits to the file, and `total_changes()` when this connection writes
 * (the bot's own button and settings rows, an ingest that bypassed the engine). Only then is the
 * corpus's signature read, which tells articles added, replaced, removed or re-analysed apart
 * from writes to other tables (per-chat settings, button state), which must not empty the caches.
 */
import type Database from 'better-sqlite3';

export interface CorpusWatcher {
  /** True when the corpus changed since the last call (or `sync`); each change is reported once. */
  changed(): boolean;
  /** Takes the current state as seen (after this process changed the corpus and said so itself). */
  sync(): void;
}

/**
 * What changes whenever the corpus does: the AUTOINCREMENT counters of articles, passages and
 * sentences (every insert or replacement moves them), FTS5's row and token totals (deletions and
 * re-analysis move them) and the analyser fingerprint stored after a re-analysis.
 */
const SIGNATURE_SQL = `
  SELECT (SELECT group_concat(name || '=' || seq, ',') FROM sqlite_sequence WHERE name IN ('articles', 'passages', 'sentences')) AS sequences,
         (SELECT hex(block) FROM sentences_fts_data WHERE id = 1) AS totals,
         (SELECT value FROM meta WHERE key = 'analyzer') AS analyzer`;

/** Watches one connection's view of the corpus. */
export function watchCorpus(client: Database.Database): CorpusWatcher {
  const gateStmt = client.prepare<[], { version: number; changes: number }>('SELECT data_version AS version, total_changes() AS changes FROM pragma_data_version');
  const signatureStmt = client.prepare<[], Record<string, string | null>>(SIGNATURE_SQL);
  const gate = () => {
    const g = gateStmt.get()!;
    return `${g.version}:${g.changes}`;
  };
  const signature = () => JSON.stringify(signatureStmt.get());
  let seenGate = gate();
  let seenSignature = signature();
  return {
    changed() {
      const now = gate();
      if (now === seenGate) return false;
      seenGate = now;
      const current = signature();
      if (current === seenSignature) return false;
      seenSignature = current;
      return true;
    },
    sync() {
      seenGate = gate();
      seenSignature = signature();
    },
  };
}
