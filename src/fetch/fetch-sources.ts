import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { stripCredentials } from '../diagnostics/redact.js';
import type { SourceSpec } from '../manifest/types.js';
import { normaliseRepoUrl } from './cache-entry.js';
import { DEFAULT_FETCH_CONCURRENCY } from './default-concurrency.js';
import { sourceDiagnostic } from './fetch-diagnostics.js';
import { fetchLocal } from './fetch-local.js';
import { prepareRepo, type RepoFetchContext, type RepoJob } from './fetch-repo.js';
import { findLockEntry } from './plan-source.js';
import { settleRepo } from './settle-repo.js';
import type { FetchedSource, FetchOptions, FetchResult, LockEntry, LockFile } from './types.js';

/**
 * The fetch stage: every repo URL is resolved (one ls-remote) and fetched (one blobless fetch) at most
 * once, `concurrency` repos at a time; local `path` sources are read from disk.
 * Returns one result per spec (same order) and the lock to write.
 */
export async function fetchSources(specs: SourceSpec[], options: FetchOptions): Promise<FetchResult> {
  const cacheDir = resolve(options.cacheDir);
  const ctx: RepoFetchContext = {
    cacheDir,
    lock: options.lock,
    frozen: options.frozen ?? false,
    offline: options.offline ?? false,
    manifestFile: options.manifestFile,
    progress: options.onProgress ?? (() => {}),
  };
  const jobs = groupByRepo(specs);
  if (jobs.length > 0) await mkdir(cacheDir, { recursive: true });
  const limit = pLimit(options.concurrency ?? DEFAULT_FETCH_CONCURRENCY);
  const byId = new Map<string, FetchedSource>();
  // working trees first: they take one quick local process each, and must not wait behind every remote
  const localWork = specs.map((spec) =>
    limit(async () => {
      const result = await fetchUnfetchable(spec, options);
      if (result) byId.set(spec.id, result);
    }),
  );
  const repoWork = jobs.map((job) =>
    limit(async () => {
      const { plans, cache } = await prepareRepo(job, ctx);
      for (const result of await settleRepo(plans, cache, ctx)) byId.set(result.spec.id, result);
    }),
  );
  await Promise.all([...localWork, ...repoWork]);
  const sources = specs.map((spec) => withPreviousCommit(byId.get(spec.id)!, options.lock));
  return { sources, lock: buildLock(sources, options.lock) };
}

/** Adds the commit the lock held before this run when it was for the same repo (the ref may have changed). */
function withPreviousCommit(source: FetchedSource, lock: LockFile | undefined): FetchedSource {
  const entry = lock?.sources[source.spec.id];
  if (!entry || !source.spec.repo || normaliseRepoUrl(entry.repo) !== normaliseRepoUrl(source.spec.repo)) return source;
  return { ...source, previousCommit: entry.commit };
}

/** Specs with a repo and no local path, grouped by credential-free URL (first spelling wins). */
function groupByRepo(specs: readonly SourceSpec[]): RepoJob[] {
  const jobs = new Map<string, RepoJob>();
  for (const spec of specs) {
    if (spec.path !== undefined || !spec.repo) continue;
    const key = normaliseRepoUrl(spec.repo);
    const job = jobs.get(key) ?? { url: spec.repo, specs: [] };
    job.specs.push(spec);
    jobs.set(key, job);
  }
  return [...jobs.values()];
}

/** Local working trees, and specs naming neither a repo nor a path. */
async function fetchUnfetchable(spec: SourceSpec, options: FetchOptions): Promise<FetchedSource | undefined> {
  if (spec.path !== undefined) return fetchLocal({ ...spec, path: spec.path }, options.projectDir, options.manifestFile);
  if (spec.repo) return undefined;
  const error = sourceDiagnostic(spec, options.manifestFile, {
    severity: 'error',
    code: 'fetch/no-origin',
    message: 'the entry names neither `repo` nor `path`',
    hint: 'add `repo: OWNER/NAME` (or a clone URL) or `path: <folder>` to the entry',
  });
  options.onProgress?.({ source: spec.id, phase: 'failed', detail: error.message });
  return { spec, status: 'failed', error };
}

/**
 * The lock after this sync: the built commit of every fetched source; stale and failed sources keep
 * their previous entry (so the last good commit is not forgotten). Local sources have no entry.
 */
function buildLock(sources: readonly FetchedSource[], previous: LockFile | undefined): LockFile {
  const entries: Array<[string, LockEntry]> = [];
  for (const { spec, status, commit, branch } of sources) {
    if (spec.path !== undefined || !spec.repo) continue;
    const old = findLockEntry(spec, previous);
    if (status === 'stale' || status === 'failed') {
      if (old) entries.push([spec.id, old]);
    } else if (commit) {
      entries.push([spec.id, { repo: spec.repo, ...(spec.ref === undefined ? {} : { ref: spec.ref }), ...(branch === undefined ? {} : { branch }), commit }]);
    }
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: 1, sources: Object.fromEntries(entries.map(([id, e]) => [id, { ...e, repo: stripCredentials(e.repo) }])) };
}
