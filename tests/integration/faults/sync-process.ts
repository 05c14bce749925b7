/**
 * The real sync as a separate process, started as `npm run sync` starts it (`node scripts/launch.mjs sync`),
 * so a test can kill it with SIGKILL or stop it with SIGSTOP at a point it observes from outside: a stage
 * line on stdout, or a file the write leaves on disk. Node runs the launcher itself (not npm, which would put
 * a second process in between that a SIGKILL would not reach), and the launcher runs the sync in-process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isolatedGitEnv } from '../../helpers/git-repo.js';
import type { SyncProject } from '../sync/sync-harness.js';

const LAUNCHER = fileURLToPath(new URL('../../../scripts/launch.mjs', import.meta.url));

export interface SyncExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class SyncProcess {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<SyncExit>;
  private readonly waiters: Array<{ text: string; resolve: () => void }> = [];

  constructor(project: SyncProject, args: readonly string[] = []) {
    this.child = spawn(process.execPath, [LAUNCHER, 'sync', ...args], {
      cwd: project.dir,
      env: { ...process.env, ...isolatedGitEnv(), ...project.github.env(), CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      for (const waiter of this.waiters.filter((w) => this.output.includes(w.text))) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves once the process has printed `text` (on stdout or stderr); rejects if it exits first. */
  async waitForOutput(text: string): Promise<void> {
    if (this.output.includes(text)) return;
    const seen = new Promise<void>((resolve) => this.waiters.push({ text, resolve }));
    const ended = this.exited.then((exit) => {
      throw new Error(`the sync exited (${exit.code ?? exit.signal}) before printing "${text}":\n${this.output}`);
    });
    await Promise.race([seen, ended]);
  }

  /**
   * Watches for `path` without yielding to the event loop (so nothing the sync does in between is missed)
   * and sends SIGKILL the moment it exists. Returns false when the sync finished before the file appeared.
   */
  killWhenExists(path: string, giveUpWhenExists: string, timeoutMs = 60_000): boolean {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (existsSync(path)) {
        this.child.kill('SIGKILL');
        return true;
      }
      if (existsSync(giveUpWhenExists)) return false;
    }
    throw new Error(`neither ${path} nor ${giveUpWhenExists} appeared within ${timeoutMs} ms:\n${this.output}`);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}
