/** `npm run db:migrate`: creates or migrates the database at DATABASE_PATH (no seeding). */
import 'dotenv/config';
import { openDatabase } from '../db/database.js';
import { loadConfig } from '../config.js';

const { databasePath } = loadConfig();
openDatabase(databasePath).$client.close();
console.log(`migrated ${databasePath}`);
