import { stripCredentials } from '../diagnostics/redact.js';
import type { SourceSpec } from '../manifest/types.js';
import {
  cacheEntryPath,
  compactCacheEntry,
  discardCacheEntry,
  hasCompleteHistory,
  initCacheEntry,
  isCacheEntryUsable,
  markCacheEntry,
} from './cache-entry.js';
import { fetchIntoNamespace, hasCommit, namespaceRef, readNamespaceRefs } from './cache-refs.js';
import { CacheRepo } from './cache-repo.js';
import { fingerprintStore, readStampedRefs, writeStamp } from './cache-stamp.js';
import { describeError, fetchFailed, notCached, unreachableRemote, type FetchProblem } from './fetch-diagnostics.js';
import { GitCommandError } from './git-client.js';
import { hasTarget, planFromLock, planFromRemote, type Plan, type TargetPlan } from './plan-source.js';
import { listRemoteRefs } from './remote-refs.js';
import { retryOnce } from './retry-once.js';
import type { FetchProgressEvent, LockFile } from './types.js';

/** All manifest entries naming one repo URL: resolved and fetched together, once. */
export interface RepoJob {
  /** The URL as written (may carry credentials; used for git, never printed). */
  url: string;
  specs: SourceSpec[];
}

export interface RepoFetchContext {
  cacheDir: string;
  lock?: LockFile;
  frozen: boolean;
  offline: boolean;
  manifestFile?: string;
  progress: (event: FetchProgressEvent) => void;
}

/** The cache entry of a job, with the commits it pins (ref → commit). */
export interface OpenedCache {
  repo: CacheRepo;
  refs: Map<string, string> | undefined;
  available: Set<string>;
}

/** Resolves every spec of the job, then fetches whatever commits the cache lacks in one go. */
export async function prepareRepo(job: RepoJob, ctx: RepoFetchContext): Promise<{ plans: Plan[]; cache: OpenedCache }> {
  for (const spec of job.specs) ctx.progress({ source: spec.id, phase: 'resolve', detail: stripCredentials(job.url) });
  const dir = cacheEntryPath(ctx.cacheDir, job.url);
  const [plans, refs] = await Promise.all([makePlans(job, ctx), openCacheRefs(dir, () => notifyRepair(job.specs, ctx))]);
  if (refs) await compactCacheEntry(dir);
  const cache: OpenedCache = { repo: new CacheRepo({ dir, url: job.url, offline: ctx.offline }), refs, available: new Set() };
  await markAvailable(cache, targetCommits(plans));
  await fetchMissing(job, ctx, plans, cache);
  return { plans, cache };
}

async function makePlans(job: RepoJob, ctx: RepoFetchContext): Promise<Plan[]> {
  if (ctx.offline || ctx.frozen) return job.specs.map((spec) => planFromLock(spec, ctx.lock, ctx.offline ? 'offline' : 'frozen'));
  try {
    const remote = await retryOnce(() => listRemoteRefs(job.url, ctx.cacheDir), (error) => notifyRetry(job.specs, ctx, error));
    return job.specs.map((spec) => planFromRemote(spec, remote));
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    return job.specs.map((spec) => ({ spec, problem: unreachableRemote(spec, error) }));
  }
}

/**
 * Refs of a complete cache entry; an interrupted or damaged one is deleted (and re-cloned when needed).
 * The full check costs two git processes; its stamp spares them while the entry's storage is unchanged.
 */
async function openCacheRefs(dir: string, onDamaged: () => void): Promise<Map<string, string> | undefined> {
  if (await isCacheEntryUsable(dir)) {
    const store = fingerprintStore(dir); // before the check: a change during it shows as a mismatch next time
    const stamped = await readStampedRefs(dir, store);
    if (stamped) return stamped;
    try {
      // history first: its check never fetches, while peeling refs in a damaged entry asks the remote for each missing object
      if (await hasCompleteHistory(dir)) {
        const refs = await readNamespaceRefs(dir);
        await writeStamp(dir, store, refs);
        return refs;
      }
    } catch (error) {
      if (!(error instanceof GitCommandError)) throw error;
    }
    onDamaged();
  }
  await discardCacheEntry(dir);
  return undefined;
}

function targetCommits(plans: readonly Plan[]): string[] {
  return plans.filter(hasTarget).map((plan) => plan.target.commit);
}

/** Records which of `commits` the cache holds: pinned tips first, then one cheap object check each. */
export async function markAvailable(cache: OpenedCache, commits: readonly string[]): Promise<void> {
  if (!cache.refs) return;
  const tips = new Set(cache.refs.values());
  for (const commit of new Set(commits)) {
    if (cache.available.has(commit)) continue;
    if (tips.has(commit) || (await hasCommit(cache.repo.dir, commit))) cache.available.add(commit);
  }
}

/** Fetches the target commits the cache lacks; plans whose fetch fails become problems. */
async function fetchMissing(job: RepoJob, ctx: RepoFetchContext, plans: Plan[], cache: OpenedCache): Promise<void> {
  const needed = plans.filter(hasTarget).filter((plan) => !cache.available.has(plan.target.commit));
  if (needed.length === 0) return;
  const replace = (plan: TargetPlan, problem: FetchProblem) => (plans[plans.indexOf(plan)] = { spec: plan.spec, problem });
  if (ctx.offline) {
    for (const plan of needed) replace(plan, notCached(plan.target.commit));
    return;
  }
  for (const plan of needed) ctx.progress({ source: plan.spec.id, phase: 'fetch', detail: plan.target.fetchSource });
  const requests = needed.map((plan) => ({ from: plan.target.fetchSource, to: namespaceRef(plan.spec.id) }));
  try {
    await fetchRequests(job, ctx, cache, requests);
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    for (const plan of needed) replace(plan, fetchFailed(plan.spec, plan.target.fetchSource, error));
    return;
  }
  for (const plan of needed) {
    plan.target.commit = cache.refs?.get(namespaceRef(plan.spec.id)) ?? plan.target.commit;
    cache.available.add(plan.target.commit);
  }
}

/** Fetches into a complete entry, or clones a fresh one and marks it complete only after success. */
async function fetchRequests(
  job: RepoJob,
  ctx: RepoFetchContext,
  cache: OpenedCache,
  requests: ReadonlyArray<{ from: string; to: string }>,
): Promise<void> {
  const fresh = cache.refs === undefined;
  if (fresh) await initCacheEntry(cache.repo.dir);
  const onRetry = (error: unknown) => notifyRetry(job.specs, ctx, error);
  await cache.repo.withNetwork(() => retryOnce(() => fetchIntoNamespace(cache.repo.dir, job.url, requests), onRetry));
  if (fresh) await markCacheEntry(cache.repo.dir, job.url);
  cache.refs = await readNamespaceRefs(cache.repo.dir);
}

function notifyRepair(specs: readonly SourceSpec[], ctx: RepoFetchContext): void {
  for (const spec of specs) ctx.progress({ source: spec.id, phase: 'retry', detail: 'the cache entry is damaged (objects missing): cloning it again' });
}

function notifyRetry(specs: readonly SourceSpec[], ctx: RepoFetchContext, error: unknown): void {
  for (const spec of specs) ctx.progress({ source: spec.id, phase: 'retry', detail: describeError(error) });
}
