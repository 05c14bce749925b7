import { stripCredentials } from '../diagnostics/redact.js';
import type { SourceSpec } from '../manifest/types.js';
import { namespaceRef, pinCommits, type RefUpdate } from './cache-refs.js';
import { createCommitReader } from './commit-reader.js';
import { describeError, sourceDiagnostic, type FetchProblem } from './fetch-diagnostics.js';
import { markAvailable, type OpenedCache, type RepoFetchContext } from './fetch-repo.js';
import { findLockEntry, hasTarget, type Plan } from './plan-source.js';
import type { FetchedSource, FetchStatus } from './types.js';

/**
 * Turns plans into results: a reader on the target commit, or keep-last-good (the locked commit,
 * status `stale`) when the target is out of reach, or `failed`. Pins every built commit under refs/scs/.
 * After `prepareRepo`, every plan that still has a target has its commit in the cache.
 */
export async function settleRepo(plans: readonly Plan[], cache: OpenedCache, ctx: RepoFetchContext): Promise<FetchedSource[]> {
  const results: FetchedSource[] = [];
  for (const plan of plans) {
    const result = hasTarget(plan)
      ? built(plan.spec, plan.target.commit, plan.target.branch, statusOf(plan.spec, plan.target.commit, ctx), cache, ctx)
      : await fallBack(plan.spec, plan.problem, cache, ctx);
    results.push(result);
    ctx.progress(
      result.status === 'failed'
        ? { source: plan.spec.id, phase: 'failed', detail: result.error?.message }
        : { source: plan.spec.id, phase: 'done', detail: `${result.status} ${result.commit?.slice(0, 7)}` },
    );
  }
  await pinCommits(cache.repo.dir, pinUpdates(results, cache));
  return results;
}

function statusOf(spec: SourceSpec, commit: string, ctx: RepoFetchContext): FetchStatus {
  return findLockEntry(spec, ctx.lock)?.commit === commit ? 'unchanged' : 'synced';
}

function built(
  spec: SourceSpec,
  commit: string,
  branch: string | undefined,
  status: FetchStatus,
  cache: OpenedCache,
  ctx: RepoFetchContext,
): FetchedSource {
  const reader = createCommitReader({
    repo: cache.repo,
    commit,
    location: { source: spec.id, repo: stripCredentials(spec.repo ?? '') },
    onRetry: (error) => ctx.progress({ source: spec.id, phase: 'retry', detail: describeError(error) }),
  });
  return { spec, status, commit, ...(branch === undefined ? {} : { branch }), reader };
}

async function fallBack(
  spec: SourceSpec,
  reason: FetchProblem,
  cache: OpenedCache,
  ctx: RepoFetchContext,
): Promise<FetchedSource> {
  const entry = findLockEntry(spec, ctx.lock);
  if (entry) await markAvailable(cache, [entry.commit]);
  if (!entry || !cache.available.has(entry.commit)) {
    return { spec, status: 'failed', error: sourceDiagnostic(spec, ctx.manifestFile, { severity: 'error', ...reason }) };
  }
  const error = sourceDiagnostic(spec, ctx.manifestFile, {
    severity: 'warning',
    ...reason,
    message: `${reason.message}; building the last good commit ${entry.commit.slice(0, 7)} from repos.lock`,
    commit: entry.commit,
  });
  return { ...built(spec, entry.commit, entry.branch, 'stale', cache, ctx), error };
}

function pinUpdates(results: readonly FetchedSource[], cache: OpenedCache): RefUpdate[] {
  return results.flatMap((result) => {
    const ref = namespaceRef(result.spec.id);
    if (!result.commit || !cache.refs || cache.refs.get(ref) === result.commit) return [];
    return [{ ref, commit: result.commit }];
  });
}
