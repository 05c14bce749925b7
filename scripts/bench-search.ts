import { runSearchBench } from '../src/site/search/bench/run-search-bench.js';

process.exitCode = await runSearchBench(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
