import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import type { DocsPackageEntry } from './baseline-sync.js';

const run = promisify(execFile);

export interface FloorRun {
  wallMs: number;
}

/**
 * Plain git's floor for what our sync fetches: per repository a blobless clone (every commit and tree, no file
 * contents) and a sparse checkout of the docs paths, which fetches just their blobs in one request; as many
 * repositories at a time as our sync's fetch. Nothing is parsed, transformed or written beyond git's checkout.
 */
export async function runFloorSync(entries: readonly DocsPackageEntry[], dir: string, env: NodeJS.ProcessEnv, concurrency: number): Promise<FloorRun> {
  await rm(dir, { recursive: true, force: true });
  const patternsByRepo = new Map<string, string[]>();
  for (const entry of entries) {
    const sources = Array.isArray(entry.source) ? entry.source : [entry.source];
    patternsByRepo.set(entry.repo, [...(patternsByRepo.get(entry.repo) ?? []), ...sources.map(sparsePattern)]);
  }
  const limit = pLimit(concurrency);
  const started = performance.now();
  await Promise.all(
    [...patternsByRepo].map(([repo, patterns]) =>
      limit(async () => {
        const repoDir = join(dir, repo);
        await run('git', ['clone', '--quiet', '--filter=blob:none', '--sparse', `https://github.com/${repo}`, repoDir], { env });
        await run('git', ['-C', repoDir, 'sparse-checkout', 'set', '--no-cone', ...patterns], { env });
      }),
    ),
  );
  return { wallMs: performance.now() - started };
}

/** A docs.package.json source (a shell glob or a folder, relative to the repo root) as a sparse-checkout pattern. */
function sparsePattern(source: string): string {
  return `/${source.replace(/^\.\//, '')}`;
}
