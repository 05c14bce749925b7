import { parseArgs } from 'node:util';

/** Scenario numbers, as the table shows them. */
export const SCENARIO_IDS = ['1', '1b', '2', '3', '4', '5', '6', '7', '8a', '8b', '9', '10'];

export interface BenchArgs {
  quick: boolean;
  out: string;
  keep: boolean;
  help: boolean;
  /** Scenario numbers to run (all when empty), e.g. ["1", "7"]. */
  only: string[];
  /** Synthetic sizes for scenario 7's syncs instead of the plan's (then no site builds unless buildSizes), e.g. 100 × 100. */
  sizes?: { repos: number; docsPerRepo: number }[];
  /** Synthetic sizes for scenario 7's site builds instead of the plan's (then no sync-only sizes unless sizes). */
  buildSizes?: { repos: number; docsPerRepo: number }[];
  /** Rounds of scenario 10 instead of the plan's. */
  rounds?: number;
}

export const BENCH_USAGE = `usage: npm run bench -- [--quick] [--only N[,N]] [--sizes RxD[,RxD]] [--build-sizes RxD[,RxD]] [--rounds N] [--out FILE] [--keep]

Measures the sync and the site build and prints a table; the figures go to FILE (default bench-results.json).
  --quick   small sizes, no site builds: under two minutes (npm run bench:quick, used by CI)
  --only    run only these scenarios (numbers as in the table: ${SCENARIO_IDS.join(',')})
  --sizes   scenario 7 syncs only these synthetic sizes (R repos × D docs each, e.g. 100x100), no site builds
  --build-sizes  scenario 7 syncs and builds the site of only these sizes (e.g. 10x100,50x100 for 1,000 and 5,000 pages)
  --rounds  rounds of scenario 10 (ours, the old site, the old site with Faster), default 2
  --out     where to write the results as JSON
  --keep    keep the scratch folders in the system's temp folder (their path is printed)
The real-corpus scenarios need ../shared/corpus beside the project (or SCS_CORPUS_DIR); without it they are skipped.
Scenario 10 (the old site side by side) also needs ../shared/dialects (or SCS_DIALECTS_DIR) and the npm registry.`;

/** Parses the bench command line; throws a TypeError with a readable message on unknown or malformed options. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results.json' },
      keep: { type: 'boolean', default: false },
      only: { type: 'string' },
      sizes: { type: 'string' },
      'build-sizes': { type: 'string' },
      rounds: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const only = values.only === undefined ? [] : values.only.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = only.filter((id) => !SCENARIO_IDS.includes(id));
  if (unknown.length > 0) throw new TypeError(`unknown scenario ${unknown.join(', ')} in --only (known: ${SCENARIO_IDS.join(', ')})`);
  const parsed: BenchArgs = { quick: values.quick, out: values.out, keep: values.keep, help: values.help, only };
  if (values.sizes !== undefined) parsed.sizes = parseSizes(values.sizes, '--sizes');
  if (values.rounds !== undefined) {
    if (!/^[1-9]\d*$/.test(values.rounds)) throw new TypeError(`--rounds takes a whole number from 1 (got "${values.rounds}")`);
    parsed.rounds = Number(values.rounds);
  }
  if (values['build-sizes'] !== undefined) parsed.buildSizes = parseSizes(values['build-sizes'], '--build-sizes');
  return parsed;
}

function parseSizes(value: string, option: string): { repos: number; docsPerRepo: number }[] {
  return value.split(',').map((size) => {
    const match = /^\s*([1-9]\d*)\s*x\s*([1-9]\d*)\s*$/i.exec(size);
    if (!match) throw new TypeError(`${option} takes REPOSxDOCS, e.g. 100x100 (got "${size.trim()}")`);
    return { repos: Number(match[1]), docsPerRepo: Number(match[2]) };
  });
}
