import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripCredentials } from '../diagnostics/redact.js';
import { GitCommandError, runGit } from './git-client.js';

/** Written into a cache entry after its first successful fetch; its absence means "interrupted, start over". */
export const CACHE_MARKER = 'scs-cache.json';

/** The credential-free URL a cache entry is keyed on: no `user:token@`, trailing `/` and `.git` dropped. */
export function normaliseRepoUrl(url: string): string {
  return stripCredentials(url.trim()).replace(/\/+$/, '').replace(/\.git$/, '');
}

/** Folder name for a repo URL: readable slug of its last two path segments plus a short hash (like Antora). */
export function cacheEntryName(url: string): string {
  const normalised = normaliseRepoUrl(url);
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 12);
  const segments = normalised.split(/[/:]+/).filter(Boolean).slice(-2);
  const slug = segments
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return `${slug || 'repo'}-${hash}.git`;
}

export function cacheEntryPath(cacheDir: string, url: string): string {
  return join(cacheDir, cacheEntryName(url));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** True when the entry finished its first fetch and still looks like a bare repository. */
export async function isCacheEntryUsable(dir: string): Promise<boolean> {
  const checks = await Promise.all([CACHE_MARKER, 'HEAD', 'config', 'objects', 'refs'].map((name) => exists(join(dir, name))));
  return checks.every(Boolean);
}

/**
 * Whether every commit and tree the pinned refs reach is in the entry (blobs may be absent: the cache is
 * blobless). A deleted pack or a half-copied cache fails this; the caller then clones the entry again.
 */
export async function hasCompleteHistory(dir: string): Promise<boolean> {
  try {
    const listing = await runGit(dir, ['rev-list', '--objects', '--filter=blob:none', '--missing=print', '--glob=refs/scs/*']);
    return !listing.split('\n').some((line) => line.startsWith('?'));
  } catch (error) {
    if (error instanceof GitCommandError) return false;
    throw error;
  }
}

/** Deletes a broken or interrupted entry. */
export async function discardCacheEntry(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Creates an empty bare, blobless partial clone (no network yet). `origin` is its promisor remote,
 * but its URL is never written to disk (it may carry a token and caches get archived by CI):
 * commands that talk to the remote get it with `remoteUrlConfig`.
 * (Commands that print nothing cost simple-git an extra 50 ms each, hence `init` without --quiet.)
 */
export async function initCacheEntry(dir: string): Promise<void> {
  await discardCacheEntry(dir);
  await mkdir(dir, { recursive: true });
  await runGit(dir, ['init', '--bare']);
  await enablePartialClone(join(dir, 'config'));
}

/**
 * Makes `origin` a promisor remote serving blobless clones. Written into the config file git init just made,
 * instead of four `git config` processes per repo (a cold sync of many repos pays for every process).
 */
async function enablePartialClone(configFile: string): Promise<void> {
  const config = await readFile(configFile, 'utf8');
  const core = config.replace(/^(\s*repositoryformatversion\s*=\s*)0\s*$/m, '$11');
  const partialClone = '[extensions]\n\tpartialClone = origin\n[remote "origin"]\n\tpromisor = true\n\tpartialCloneFilter = blob:none\n';
  await writeFile(configFile, `${core.endsWith('\n') ? core : `${core}\n`}${partialClone}`);
}

/**
 * Global options of a command that fetches into a cache entry: `origin`'s URL, and no automatic gc or maintenance.
 * git starts those in the background after a fetch, and a repack running under another reader's `cat-file --batch`
 * can make blobs look missing to it; `compactCacheEntry` packs the entry while nothing reads it instead.
 */
export function remoteUrlConfig(url: string): string[] {
  return ['-c', `remote.origin.url=${url}`, '-c', 'gc.auto=0', '-c', 'maintenance.auto=false'];
}

/** Pack files after which an entry is packed again (git's own gc.autoPackLimit). */
const PACK_LIMIT = 50;

/** Packs a cache entry grown to many pack files (every blob batch fetched adds one), before any reader opens it. */
export async function compactCacheEntry(dir: string): Promise<void> {
  const packs = await readdir(join(dir, 'objects', 'pack')).catch(() => []);
  if (packs.filter((name) => name.endsWith('.pack')).length < PACK_LIMIT) return;
  // a failed gc leaves the entry as it was: still usable, only slower to read
  await runGit(dir, ['-c', 'gc.autoDetach=false', 'gc', '--quiet']).catch(() => undefined);
}

export async function markCacheEntry(dir: string, url: string): Promise<void> {
  const marker = { version: 1, url: normaliseRepoUrl(url) };
  await writeFile(join(dir, CACHE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
