/**
 * `npm run bench -- [--json] [--articles N] [--seeds-only]`: performance run on a temporary
 * corpus (seeds + distractors + synthetic articles up to N). A table by default; with --json the
 * last line of stdout is one JSON object (design.md "Bench JSON"). Progress goes to stderr.
 */
import { parseBenchArgs, USAGE } from './args.js';
import { renderTable, toBenchJson } from './report.js';
import { runBench } from './run.js';

async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseBenchArgs>;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const progress = args.quiet ? undefined : (m: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}\n`);
  const result = await runBench({ ...args, ...(progress ? { progress } : {}) });
  if (args.json) process.stdout.write(`${JSON.stringify(toBenchJson(result))}\n`);
  else process.stdout.write(`${renderTable(result)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
