/** Command-line arguments of `npm run bench`. */
import { DEFAULTS, type BenchOptions } from './run.js';

export const USAGE = `usage: npm run bench -- [--json] [--articles N | --seeds-only] [options]

  --json                 last line of stdout: one JSON object (design.md "Bench JSON")
  --articles N           total articles: seeds + distractors + synthetic (default: seeds + distractors)
  --seeds-only           the seed articles only
  --rounds N             timed passes over the questions (default ${DEFAULTS.rounds})
  --cold-runs N          ask processes for the cold start median (default ${DEFAULTS.coldRuns})
  --corpus-cold-runs N   ask processes on the bench corpus itself (default ${DEFAULTS.corpusColdRuns}; 0 skips)
  --bot-updates N        updates for the bot throughput run (default ${DEFAULTS.botUpdates})
  --bot-concurrency N    updates in flight (default ${DEFAULTS.botConcurrency})
  --no-bot               skip the bot throughput run
  --keep                 keep the temporary databases
  --quiet                no progress on stderr`;

/** Parses the command line; throws with a message on a bad argument. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions & { json: boolean; quiet: boolean; help: boolean } {
  const out: BenchOptions & { json: boolean; quiet: boolean; help: boolean } = { json: false, quiet: false, help: false };
  const count = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < min) throw new Error(`${flag} needs a whole number >= ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        out.json = true;
        break;
      case '--articles':
        out.articles = count(flag, value(), 1);
        break;
      case '--seeds-only':
        out.seedsOnly = true;
        break;
      case '--rounds':
        out.rounds = count(flag, value(), 1);
        break;
      case '--cold-runs':
        out.coldRuns = count(flag, value(), 1);
        break;
      case '--corpus-cold-runs':
        out.corpusColdRuns = count(flag, value(), 0);
        break;
      case '--bot-updates':
        out.botUpdates = count(flag, value(), 1);
        break;
      case '--bot-concurrency':
        out.botConcurrency = count(flag, value(), 1);
        break;
      case '--no-bot':
        out.bot = false;
        break;
      case '--keep':
        out.keep = true;
        break;
      case '--quiet':
        out.quiet = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  if (out.seedsOnly && out.articles !== undefined) throw new Error('--seeds-only and --articles exclude each other');
  return out;
}
