/**
 * A missing or unusable SQLite binding (install scripts skipped, Node upgraded) stops every
 * command with a message that names the fix, not a low-level loader error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { isNativeBindingProblem, NativeBindingError } from '../../src/db/native-binding.js';
import { INGEST_CLI, MAIN, PROJECT_ROOT, runTsx } from '../helpers/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'native-binding-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function openError(nativeBinding: string): unknown {
  try {
    openDatabase(':memory:', { nativeBinding }).$client.close();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('opening the database without a usable native binding', () => {
  it('names the fix when the binding file is missing', () => {
    const error = openError(path.join(dir, 'build', 'Release', 'better_sqlite3.node'));
    expect(error).toBeInstanceOf(NativeBindingError);
    const message = (error as Error).message;
    expect(message).toContain('npm rebuild better-sqlite3');
    expect(message).toContain('npm approve-scripts better-sqlite3');
    // The loader's own words stay, on the last line, for whoever debugs further.
    expect(message.split('\n').at(-1)).toMatch(/^\(Cannot find module .*better_sqlite3\.node/);
  });

  it('names the fix when the binding cannot be loaded (a broken or foreign build)', () => {
    const broken = path.join(dir, 'broken.node');
    fs.writeFileSync(broken, 'not a shared object');
    const error = openError(broken);
    expect(error).toBeInstanceOf(NativeBindingError);
    expect((error as Error).message).toContain('npm rebuild better-sqlite3');
  });

  it('recognises the loader errors of `bindings` and of a Node version change, and nothing else', () => {
    expect(isNativeBindingProblem(new Error('Could not locate the bindings file. Tried:\n → /app/node_modules/better-sqlite3/build/better_sqlite3.node'))).toBe(true);
    expect(
      isNativeBindingProblem(
        new Error("The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115."),
      ),
    ).toBe(true);
    expect(isNativeBindingProblem(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBe(false);
    expect(isNativeBindingProblem('Could not locate the bindings file')).toBe(false);
  });

  it('opens normally with the installed binding', () => {
    const db = openDatabase(':memory:');
    expect(db.$client.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.$client.close();
  });
});

/** Makes a child process unable to load the compiled binding, as after an install without scripts. */
const HIDE_BINDING = path.join(PROJECT_ROOT, 'tests', 'helpers', 'hide-sqlite-binding.mjs');

describe('the commands without the native binding (real child processes)', () => {
  for (const [name, script, args] of [
    ['npm start (terminal chat)', MAIN, []],
    ['npm run ingest', INGEST_CLI, ['seeds']],
  ] as const) {
    it(`${name} stops with exit code 1 and the message naming the fix, without a stack trace`, async () => {
      const result = await runTsx(script, args, {
        env: { DATABASE_PATH: path.join(dir, `${path.basename(script, '.ts')}.db`), NODE_OPTIONS: `--import ${pathToFileURL(HIDE_BINDING).href}` },
        input: 'Berapa tentara Korea Utara yang dikirim ke Rusia?\n',
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('npm rebuild better-sqlite3');
      expect(result.stderr).toContain('Could not locate the bindings file');
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stdout).toBe('');
    });
  }
});
