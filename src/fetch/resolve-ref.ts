import { distance } from 'fastest-levenshtein';
import type { RemoteRefs } from './remote-refs.js';

export type RefKind = 'default' | 'branch' | 'tag' | 'commit';

export interface ResolvedRef {
  kind: RefKind;
  commit: string;
  /** Branch for edit links: the ref itself when it is a branch, else the remote's default branch. */
  branch?: string;
  /** What to ask the remote for: a full ref name, or the commit id. */
  fetchSource: string;
}

export interface UnresolvedRef {
  reason: 'not-found' | 'short-commit' | 'empty-remote';
  /** Branch and tag names close to the requested ref. */
  suggestions: string[];
}

const FULL_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const SHORT_COMMIT = /^[0-9a-f]{7,39}$/i;

export function isFullCommitId(ref: string): boolean {
  return FULL_COMMIT.test(ref);
}

/**
 * Finds the commit a manifest `ref` names on the remote: undefined → default branch,
 * a full commit id, `refs/...`, a branch name, or a tag name (annotated tags are peeled).
 * A name that is both a branch and a tag resolves to the branch.
 */
export function resolveRef(remote: RemoteRefs, ref: string | undefined): ResolvedRef | UnresolvedRef {
  const defaultBranch = remote.defaultBranch;
  if (ref === undefined) return resolveDefault(remote);
  if (isFullCommitId(ref)) return { kind: 'commit', commit: ref.toLowerCase(), branch: defaultBranch, fetchSource: ref.toLowerCase() };
  const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const name of candidates) {
    const oid = remote.refs.get(name);
    if (!oid) continue;
    const commit = remote.peeled.get(name) ?? oid;
    if (name.startsWith('refs/heads/')) return { kind: 'branch', commit, branch: name.slice('refs/heads/'.length), fetchSource: name };
    return { kind: 'tag', commit, branch: defaultBranch, fetchSource: name };
  }
  return { reason: SHORT_COMMIT.test(ref) ? 'short-commit' : 'not-found', suggestions: suggestRefs(remote, ref) };
}

function resolveDefault(remote: RemoteRefs): ResolvedRef | UnresolvedRef {
  const branch = remote.defaultBranch;
  const branchCommit = branch === undefined ? undefined : remote.refs.get(`refs/heads/${branch}`);
  if (branch !== undefined && branchCommit) return { kind: 'default', commit: branchCommit, branch, fetchSource: `refs/heads/${branch}` };
  if (remote.headCommit) return { kind: 'default', commit: remote.headCommit, branch, fetchSource: remote.headCommit };
  return { reason: 'empty-remote', suggestions: [] };
}

/** Up to three branch or tag names within a small edit distance of `ref`, closest first. */
export function suggestRefs(remote: RemoteRefs, ref: string): string[] {
  const names = [...remote.refs.keys()]
    .filter((name) => name.startsWith('refs/heads/') || name.startsWith('refs/tags/'))
    .map((name) => name.replace(/^refs\/(heads|tags)\//, ''));
  const limit = Math.max(2, Math.floor(ref.length / 3));
  return [...new Set(names)]
    .map((name) => ({ name, cost: distance(name.toLowerCase(), ref.toLowerCase()) }))
    .filter((c) => c.cost <= limit)
    .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((c) => c.name);
}
