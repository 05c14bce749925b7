import type { SourceSpec } from '../manifest/types.js';
import { normaliseRepoUrl } from './cache-entry.js';
import { notLocked, unresolvedRef, type FetchProblem } from './fetch-diagnostics.js';
import type { RemoteRefs } from './remote-refs.js';
import { isFullCommitId, resolveRef } from './resolve-ref.js';
import type { LockEntry, LockFile } from './types.js';

/** The commit a source should be built from, and how to get it if the cache lacks it. */
export interface Target {
  commit: string;
  branch?: string;
  /** Remote ref name or commit id to fetch. */
  fetchSource: string;
}

/** What the sync intends to do for one source: build a target, or report why it cannot. */
export type Plan = TargetPlan | { spec: SourceSpec; problem: FetchProblem };
export type TargetPlan = { spec: SourceSpec; target: Target };

export function hasTarget(plan: Plan): plan is TargetPlan {
  return 'target' in plan;
}

/**
 * The source's lock entry, if it was made for the same repo and ref as the manifest says now
 * (and names a full commit id: a lock arriving in a pull request must not smuggle options into git).
 */
export function findLockEntry(spec: SourceSpec, lock: LockFile | undefined): LockEntry | undefined {
  const entry = lock?.sources[spec.id];
  if (!entry || !spec.repo || !isFullCommitId(entry.commit)) return undefined;
  const sameRepo = normaliseRepoUrl(entry.repo) === normaliseRepoUrl(spec.repo);
  return sameRepo && entry.ref === spec.ref ? entry : undefined;
}

/** `--frozen` / `--offline`: exactly the locked commit. */
export function planFromLock(spec: SourceSpec, lock: LockFile | undefined, mode: 'frozen' | 'offline'): Plan {
  const entry = findLockEntry(spec, lock);
  if (!entry) return { spec, problem: notLocked(spec, mode, lock?.sources[spec.id]) };
  return { spec, target: { commit: entry.commit, branch: entry.branch, fetchSource: entry.commit } };
}

/** Normal sync: whatever the ref names on the remote right now. */
export function planFromRemote(spec: SourceSpec, remote: RemoteRefs): Plan {
  const resolved = resolveRef(remote, spec.ref);
  if ('reason' in resolved) return { spec, problem: unresolvedRef(spec, resolved) };
  return { spec, target: { commit: resolved.commit, branch: resolved.branch, fetchSource: resolved.fetchSource } };
}
