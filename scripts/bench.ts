import { runBenchCommand } from '../src/bench/bench-command.js';

process.exitCode = await runBenchCommand(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
