import { parseArgs } from 'node:util';

export interface BenchArgs {
  quick: boolean;
  out: string;
  keep: boolean;
  help: boolean;
}

export const BENCH_USAGE = `usage: npm run bench -- [--quick] [--out FILE] [--keep]

Measures the sync and the site build and prints a table; the figures go to FILE (default bench-results.json).
  --quick   small sizes, no site builds: under two minutes (npm run bench:quick, used by CI)
  --out     where to write the results as JSON
  --keep    keep the scratch folders in the system's temp folder (their path is printed)
The real-corpus scenarios need ../shared/corpus beside the project (or SCS_CORPUS_DIR); without it they are skipped.`;

/** Parses the bench command line; throws a TypeError with a readable message on unknown or malformed options. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results.json' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return { quick: values.quick, out: values.out, keep: values.keep, help: values.help };
}
