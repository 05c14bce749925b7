import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DevServer {
  /** Resolves with the server's exit code (1 when it was killed by a signal other than ours). */
  exited: Promise<number>;
  /** Asks the server to stop (SIGTERM); `exited` resolves when it has. */
  stop(): void;
}

export interface DevServerOptions {
  projectDir: string;
  /** Arguments for `docusaurus start`, passed on unchanged. */
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Receives the server's output; without it the server writes to this terminal. */
  onOutput?: (text: string) => void;
}

/** Runs the project's own `docusaurus start` (no shell, no npx) in the project folder. */
export function startDevServer(options: DevServerOptions): DevServer {
  const bin = join(dirname(createRequire(join(options.projectDir, 'package.json')).resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');
  const piped = options.onOutput !== undefined;
  const child = spawn(process.execPath, [bin, 'start', ...options.args], {
    cwd: options.projectDir,
    env: options.env,
    stdio: piped ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (piped) {
    child.stdout?.on('data', (chunk: Buffer) => options.onOutput!(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => options.onOutput!(chunk.toString()));
  }
  let stopping = false;
  const exited = new Promise<number>((resolvePromise) => {
    child.on('error', () => resolvePromise(1));
    child.on('exit', (code) => resolvePromise(code ?? (stopping ? 0 : 1)));
  });
  return {
    exited,
    stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
