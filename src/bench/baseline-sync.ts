import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expandShellGlob } from './expand-shell-glob.js';

const run = promisify(execFile);

/** One entry of the old site's docs.package.json. */
export interface DocsPackageEntry {
  repo: string;
  source: string | string[];
  target: string;
  label: string;
}

export interface BaselineRun {
  wallMs: number;
  /** Bytes of the cloned working trees and of the copied docs, as the old way leaves them on disk. */
  clonedBytes: number;
  copiedBytes: number;
}

export async function readDocsPackage(file: string): Promise<DocsPackageEntry[]> {
  return JSON.parse(await readFile(file, 'utf8')) as DocsPackageEntry[];
}

/**
 * The old way, reimplemented to compare against: one `git clone --depth 1` after the other (each repo once),
 * then `cp -r` of every entry's sources into `target/label`. Everything happens in `dir`, emptied first.
 */
export async function runBaselineSync(entries: readonly DocsPackageEntry[], dir: string, env: NodeJS.ProcessEnv): Promise<BaselineRun> {
  await rm(dir, { recursive: true, force: true });
  const reposDir = join(dir, 'repos');
  const docsDir = join(dir, 'docs');
  const started = performance.now();
  const cloned = new Set<string>();
  for (const entry of entries) {
    const repoDir = join(reposDir, entry.repo);
    if (!cloned.has(entry.repo)) {
      await run('git', ['clone', '--quiet', '--depth', '1', `https://github.com/${entry.repo}`, repoDir], { env });
      cloned.add(entry.repo);
    }
    const targetDir = join(docsDir, entry.target, entry.label);
    await mkdir(targetDir, { recursive: true });
    const sources = Array.isArray(entry.source) ? entry.source : [entry.source];
    const paths = (await Promise.all(sources.map((s) => expandShellGlob(repoDir, s)))).flat();
    if (paths.length > 0) await run('cp', ['-r', ...paths.map((p) => join(repoDir, p)), targetDir]);
  }
  const wallMs = performance.now() - started;
  return { wallMs, clonedBytes: await diskUsage(reposDir), copiedBytes: await diskUsage(docsDir) };
}

/** Apparent size of a folder in bytes (`du -sb`). */
export async function diskUsage(dir: string): Promise<number> {
  const { stdout } = await run('du', ['-sb', dir]);
  return Number.parseInt(stdout, 10);
}
