/** Latency statistics and small measuring helpers shared by every bench phase. */
import fs from 'node:fs';

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface LatencySummary {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  samples: number;
}

/** Rounds to two decimals: enough for milliseconds, and JSON stays readable. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Rounds to one decimal (megabytes, rates). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** p50/p95/p99 and mean of latency samples in milliseconds. */
export function summarize(samples: readonly number[]): LatencySummary {
  const mean = samples.length === 0 ? Number.NaN : samples.reduce((s, x) => s + x, 0) / samples.length;
  return {
    p50Ms: round2(percentile(samples, 50)),
    p95Ms: round2(percentile(samples, 95)),
    p99Ms: round2(percentile(samples, 99)),
    meanMs: round2(mean),
    samples: samples.length,
  };
}

/** The median of samples (cold start runs). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export const MB = 1024 * 1024;

/** Resident set size of this process, in MB. */
export function rssMb(): number {
  return round1(process.memoryUsage().rss / MB);
}

/** Size of a SQLite database on disk with its WAL and shared-memory files, in MB. */
export function databaseSizeMb(file: string): number {
  let bytes = 0;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // The WAL and shm files exist only while a connection has them open.
    }
  }
  return round1(bytes / MB);
}

/**
 * Runs `fn` once per item for up to `rounds` rounds and returns the time of every call.
 * Stops after the round in which `budgetMs` ran out (at least one round is always done), so a
 * large corpus cannot make a phase run for minutes.
 */
export function timeRounds<T>(items: readonly T[], rounds: number, budgetMs: number, fn: (item: T) => unknown): number[] {
  const samples: number[] = [];
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t = performance.now();
      fn(item);
      samples.push(performance.now() - t);
    }
    if (performance.now() - started > budgetMs) break;
  }
  return samples;
}
