import { runBuildSiteCommand } from '../src/site/site-checks/build-site-command.js';
import { runDocusaurusBuild } from '../src/site/site-checks/run-docusaurus-build.js';

process.exitCode = await runBuildSiteCommand(
  process.argv.slice(2),
  { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr },
  runDocusaurusBuild,
);
