import { runCheckSiteCommand } from '../src/site/site-checks/check-site-command.js';

process.exitCode = await runCheckSiteCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
