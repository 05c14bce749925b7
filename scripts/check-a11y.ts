import { runCheckA11yCommand } from '../src/site/a11y/check-a11y-command.js';

process.exitCode = await runCheckA11yCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => performance.now(),
});
