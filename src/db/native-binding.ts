/**
 * better-sqlite3 is a native module: its install script compiles (or downloads) the SQLite
 * binding. When that script did not run (npm 12 blocks install scripts not listed in
 * package.json's `allowScripts`; `--ignore-scripts`; a Node upgrade after install), opening the
 * database fails with a low-level "Could not locate the bindings file" or a module-version error.
 * This turns that into one message that names the fix.
 */

/** Errors of a missing or mismatched native binding, as `bindings`, Node and better-sqlite3 word them. */
const BINDING_PROBLEM = /Could not locate the bindings file|better_sqlite3\.node|NODE_MODULE_VERSION|was compiled against a different Node\.js version/;

/** The database could not be opened because the native SQLite binding is missing or unusable. */
export class NativeBindingError extends Error {
  constructor(readonly detail: string) {
    super(nativeBindingMessage(detail));
    this.name = 'NativeBindingError';
  }
}

/** What the user reads: what is wrong, and the commands that fix it. */
export function nativeBindingMessage(detail: string): string {
  const firstLine = detail.split('\n')[0] ?? detail;
  return [
    "The SQLite binding of better-sqlite3 is missing or was built for another Node.js version, so the database cannot be opened.",
    'Fix: run `npm rebuild better-sqlite3` in the project folder (it compiles the binding; needs python3, make and a C++ compiler).',
    "If npm skipped install scripts, allow them first: `npm approve-scripts better-sqlite3` (package.json's allowScripts lists it already), then `npm rebuild better-sqlite3`.",
    `(${firstLine})`,
  ].join('\n');
}

/** True when `error` says the native binding could not be loaded. */
export function isNativeBindingProblem(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return BINDING_PROBLEM.test(error.message) || code === 'ERR_DLOPEN_FAILED' || (code === 'MODULE_NOT_FOUND' && /\.node\b/.test(error.message));
}

/** Runs `open`, turning a binding failure into a `NativeBindingError`; other errors pass through. */
export function withNativeBindingCheck<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (isNativeBindingProblem(error)) throw new NativeBindingError((error as Error).message);
    throw error;
  }
}
