import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';

export interface BuildRun {
  exitCode: number;
  /** Everything the build printed (stdout and stderr, in arrival order). */
  output: string;
}

export interface BuildIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(text: string | Uint8Array): unknown };
}

/** Runs the project's own `docusaurus build ARGS…`, passing its output through unchanged while keeping a copy. */
export function runDocusaurusBuild(args: readonly string[], io: BuildIo): Promise<BuildRun> {
  const bin = findDocusaurusBin(io.cwd);
  const child = spawn(process.execPath, [bin, 'build', ...args], {
    cwd: io.cwd,
    env: withColour(io),
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    io.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    io.stderr.write(chunk);
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolvePromise({ exitCode: code ?? signalExitCode(signal), output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** `@docusaurus/core`'s command-line entry, as installed for the project in `cwd`. */
function findDocusaurusBin(cwd: string): string {
  const require = createRequire(join(cwd, 'package.json'));
  const manifestFile = require.resolve('@docusaurus/core/package.json');
  const manifest = require(manifestFile) as { bin: Record<string, string> };
  return join(dirname(manifestFile), manifest.bin.docusaurus!);
}

/** The output goes through a pipe; keep Docusaurus' colours when the user's terminal shows them. */
function withColour(io: BuildIo): NodeJS.ProcessEnv {
  const wantsColour = io.stdout.isTTY && io.env.FORCE_COLOR === undefined && io.env.NO_COLOR === undefined;
  return wantsColour ? { ...io.env, FORCE_COLOR: '1' } : io.env;
}

/** A build killed by a signal exits like a shell reports it: 128 + the signal number. */
function signalExitCode(signal: NodeJS.Signals | null): number {
  return signal ? 128 + (constants.signals[signal] ?? 0) : 1;
}
