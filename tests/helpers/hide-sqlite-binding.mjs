// Preloaded (`node --import`) by tests to simulate an install whose better-sqlite3 binding was
// never built (install scripts skipped): every attempt to load the compiled .node file fails
// as it does when the file is absent, so `bindings` reports "Could not locate the bindings file".
import Module from 'node:module';

const load = Module._load;
Module._load = function (request, ...rest) {
  if (/better_sqlite3\.node$/.test(request)) {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return load.call(this, request, ...rest);
};
