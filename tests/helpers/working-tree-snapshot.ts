/**
 * Real-data toolchain tests: a sample repository of ../shared/dialects (a git bundle) cloned into a temp dir and
 * read as a source snapshot of its committed files. Absent bundles skip those tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceSnapshot } from '../../src/toolchains/index.js';
import { makeTempDir } from './temp-dir.js';

export const DIALECTS = fileURLToPath(new URL('../../../shared/dialects/upstream/', import.meta.url));

export function bundlePath(name: string): string | undefined {
  const path = join(DIALECTS, `${name}.bundle`);
  return existsSync(path) ? path : undefined;
}

/** Clones a bundle (plain `git clone`) and returns its committed files as a snapshot, and the working tree. */
export function cloneBundle(bundle: string): { dir: string; snapshot: SourceSnapshot } {
  const dir = join(makeTempDir('scs-dialect-'), 'repo');
  execFileSync('git', ['clone', '--quiet', bundle, dir], { stdio: 'ignore' });
  const files = execFileSync('git', ['-C', dir, 'ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const paths = new Set(files);
  return {
    dir,
    snapshot: { paths, read: async (wanted) => new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, readFileSync(join(dir, path))])) },
  };
}
