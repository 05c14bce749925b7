import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** What `npm run <name>` runs (package.json): the launcher, which runs the command's bundle. */
export function launcherCommand(projectDir: string, name: string): string[] {
  return [join(projectDir, 'scripts', 'launch.mjs'), name];
}

const bundled = new Map<string, Promise<unknown>>();

/**
 * Brings a command's bundle up to date before its first measured run (by running it with `--help`):
 * rebuilding it after a source edit is a contributor's one-off, not part of what a run costs.
 */
export function bundleOnce(projectDir: string, name: string): Promise<unknown> {
  const key = `${projectDir}\0${name}`;
  let done = bundled.get(key);
  if (done === undefined) {
    done = promisify(execFile)(process.execPath, [...launcherCommand(projectDir, name), '--help'], { cwd: projectDir });
    bundled.set(key, done);
  }
  return done;
}
