import { runReportCommand } from '../src/report/report-command.js';

process.exitCode = await runReportCommand(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
