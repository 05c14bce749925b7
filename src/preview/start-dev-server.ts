import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AWAIT_PREVIEW_SETTINGS_ENV, isAwaitingSettings, previewSettingsMessage } from '../site/preview-settings/preview-settings.js';

export interface DevServer {
  /** Resolves with the server's exit code (1 when it was killed by a signal other than ours). */
  exited: Promise<number>;
  /** Asks the server to stop (SIGTERM); `exited` resolves when it has. */
  stop(): void;
  /**
   * Lets the server go on past its config with these variables added to its environment (see
   * receivePreviewSettings); nothing happens if it has stopped meanwhile.
   */
  proceed(env: Record<string, string>): void;
}

export interface DevServerOptions {
  projectDir: string;
  /** Arguments for `docusaurus start`, passed on unchanged. */
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Receives the server's output; without it the server writes to this terminal. */
  onOutput?: (text: string) => void;
}

/**
 * Runs the project's own `docusaurus start` (no shell, no npx) in the project folder. It loads Node, Docusaurus
 * and the site's config, then waits for `proceed` before it reads the tree.
 */
export function startDevServer(options: DevServerOptions): DevServer {
  const bin = join(dirname(createRequire(join(options.projectDir, 'package.json')).resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');
  const piped = options.onOutput !== undefined;
  const child = spawn(process.execPath, [bin, 'start', ...options.args], {
    cwd: options.projectDir,
    env: { ...options.env, [AWAIT_PREVIEW_SETTINGS_ENV]: '1' },
    stdio: piped ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'],
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
  // the settings go out once the sync has decided them and the server listens for them, whichever comes last
  let settings: Record<string, string> | undefined;
  let awaiting = false;
  const sendSettings = () => {
    if (!settings || !awaiting || !child.connected) return;
    child.send(previewSettingsMessage(settings), () => child.connected && child.disconnect());
  };
  child.on('message', (message) => {
    awaiting ||= isAwaitingSettings(message);
    sendSettings();
  });
  return {
    exited,
    proceed(env) {
      settings = env;
      sendSettings();
    },
    stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
