import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores: forks keep native better-sqlite3 handles isolated per test file.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
