/**
 * Running git in tests and controlling the environment the code under test passes on to git.
 * Uses plain child_process (simple-git belongs to src/fetch only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from './temp-dir.js';

/** Runs git synchronously; throws with git's stderr on failure. */
export function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Keeps the machine's own git config out of a test: empty global config, no system config. */
export function isolatedGitEnv(): Record<string, string> {
  const file = join(makeTempDir('scs-gitconfig-'), 'gitconfig');
  writeFileSync(file, '');
  return { GIT_CONFIG_GLOBAL: file, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
}

/** Sets environment variables for the code under test; returns a function restoring the old values. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
}

/**
 * `url.file://<dir>/.insteadOf <base>` for each base (default `https://github.com/`) through
 * GIT_CONFIG_COUNT/KEY/VALUE, so `<base>OWNER/NAME` is served from `<dir>/OWNER/NAME`.
 */
export function insteadOfEnv(dir: string, ...bases: string[]): Record<string, string> {
  const all = bases.length > 0 ? bases : ['https://github.com/'];
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(all.length) };
  all.forEach((base, i) => {
    env[`GIT_CONFIG_KEY_${i}`] = `url.${pathToFileURL(dir).href}/.insteadOf`;
    env[`GIT_CONFIG_VALUE_${i}`] = base;
  });
  return env;
}

/**
 * Runs `action` with GIT_TRACE pointed at a temp file and returns the git commands it started
 * (`['ls-remote', 'fetch', ...]`), including subprocesses git spawns and, for file:// remotes,
 * the serving side (`upload-pack`, `pack-objects`).
 */
export async function traceGitCommands<T>(action: () => Promise<T>): Promise<{ result: T; commands: string[] }> {
  const file = join(makeTempDir('scs-trace-'), 'trace.log');
  const restore = setEnv({ GIT_TRACE: file });
  try {
    const result = await action();
    const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const commands = [...log.matchAll(/trace: built-in: git (\S+)/g)].map((m) => m[1]!);
    return { result, commands };
  } finally {
    restore();
  }
}

/** Object ids present in a (possibly partial) repository, read without fetching anything. */
export function listPresentObjects(gitDir: string): Set<string> {
  const out = git(gitDir, ['cat-file', '--batch-check=%(objectname)', '--batch-all-objects']);
  return new Set(out.split('\n').filter(Boolean));
}
