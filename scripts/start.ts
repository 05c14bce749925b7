/**
 * `npm start`: the contributor preview. Syncs the site (`--local ID=PATH` working trees, `--ref ID=REF`),
 * starts the Docusaurus dev server and follows the working trees; see `npm start -- --help`.
 */
import { runStartCommand } from '../src/preview/start-command.js';
import { SITE_GENERATORS } from '../src/site/generators.js';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

process.exitCode = await runStartCommand(
  process.argv.slice(2),
  { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env },
  { generators: SITE_GENERATORS, signal: stop.signal },
);
