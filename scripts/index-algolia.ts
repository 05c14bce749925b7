import { runIndexAlgolia } from '../src/site/search/algolia/run-index-algolia.js';

process.exitCode = await runIndexAlgolia(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
