import { runSyncCommand } from '../src/cli/sync-command.js';

process.exitCode = await runSyncCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
