import { runSyncCommand } from '../src/cli/sync-command.js';
import { SITE_GENERATORS } from '../src/site/generators.js';

process.exitCode = await runSyncCommand(
  process.argv.slice(2),
  { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env },
  { generators: SITE_GENERATORS },
);
