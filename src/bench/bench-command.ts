import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FULL_PLAN, QUICK_PLAN } from './bench-context.js';
import { formatResultsTable } from './format-table.js';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './parse-bench-args.js';
import { runBench } from './run-bench.js';

export interface BenchCommandIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** `npm run bench`: 0 when every scenario ran or was skipped for a stated reason, 1 when one broke, 2 on bad usage. */
export async function runBenchCommand(argv: readonly string[], io: BenchCommandIo): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    io.stderr.write(`bench: ${(error as Error).message}\n${BENCH_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const plan = args.quick ? QUICK_PLAN : FULL_PLAN;
  const sized = args.sizes || args.buildSizes ? { ...plan, syncSizes: args.sizes ?? [], buildSizes: args.buildSizes ?? [] } : plan;
  const results = await runBench(args.rounds && plan.oldSiteRounds > 0 ? { ...sized, oldSiteRounds: args.rounds } : sized, {
    projectDir: io.cwd,
    env: io.env,
    log: (line) => io.stderr.write(`${line}\n`),
    now: () => new Date(),
    keep: args.keep,
    only: args.only,
  });
  const out = resolve(io.cwd, args.out);
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  io.stdout.write(`\n${formatResultsTable(results)}\n\nresults written to ${args.out}\n`);
  return results.scenarios.some((s) => s.error !== undefined) ? 1 : 0;
}
