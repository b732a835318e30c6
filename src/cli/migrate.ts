/** `npm run db:migrate`: creates or migrates the database at DATABASE_PATH (no seeding). */
import 'dotenv/config';
import { openDatabase } from '../db/database.js';
import { loadConfig } from '../config.js';
import { NativeBindingError } from '../db/native-binding.js';

const { databasePath } = loadConfig();
try {
  openDatabase(databasePath).$client.close();
  console.log(`migrated ${databasePath}`);
} catch (error) {
  // A missing SQLite binding: its message names the fix; a stack trace would only hide it.
  if (!(error instanceof NativeBindingError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
