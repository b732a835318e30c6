/** `npm run stats [-- --json]`: row counts of the corpus. */
import 'dotenv/config';
import { openCorpus } from '../corpus/bootstrap.js';
import { corpusStats, listSources } from '../corpus/repository.js';
import { loadConfig } from '../config.js';
import { NativeBindingError } from '../db/native-binding.js';

/** Opens the corpus; a missing SQLite binding ends the command with the message naming the fix. */
function openOrExit(file: string): ReturnType<typeof openCorpus> {
  try {
    return openCorpus(file);
  } catch (error) {
    if (!(error instanceof NativeBindingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const { db } = openOrExit(loadConfig().databasePath);
const stats = corpusStats(db);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(stats));
} else {
  console.log(`${stats.articles} articles, ${stats.passages} passages, ${stats.sentences} sentences, ${stats.outlets} outlets`);
  for (const s of listSources(db, 20)) console.log(`  ${s.published ?? '????-??-??'}  ${s.outlet.padEnd(16)} ${String(s.sentences).padStart(4)} sentences  ${s.title ?? s.slug}`);
}
db.$client.close();
