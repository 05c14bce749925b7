import { createHash } from 'node:crypto';
import { remoteUrlConfig } from './cache-entry.js';
import { GitCommandError, runGit } from './git-client.js';
import { isFullCommitId } from './resolve-ref.js';

/** Private ref that pins a source's commit in the cache, e.g. `refs/scs/standards`. */
export function namespaceRef(sourceId: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(sourceId)) return `refs/scs/${sourceId}`;
  const readable = sourceId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+/, '');
  const hash = createHash('sha256').update(sourceId).digest('hex').slice(0, 8);
  return `refs/scs/${readable ? `${readable}-` : ''}${hash}`;
}

/** Parses `for-each-ref --format='%(objectname) %(*objectname) %(refname)'`: ref → commit (tags peeled). */
export function parseRefListing(text: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [oid, peeled, name] = line.split(' ');
    if (!oid || name === undefined) continue;
    refs.set(name, peeled || oid);
  }
  return refs;
}

/** The commits the cache pins under `refs/scs/` (one cheap process, no object access beyond tags). */
export async function readNamespaceRefs(dir: string): Promise<Map<string, string>> {
  const text = await runGit(dir, ['for-each-ref', '--format=%(objectname) %(*objectname) %(refname)', 'refs/scs/']);
  return parseRefListing(text);
}

/** Whether the commit object is in the cache. Never triggers a lazy fetch. */
export async function hasCommit(dir: string, commit: string): Promise<boolean> {
  if (!isFullCommitId(commit)) return false;
  try {
    await runGit(dir, ['rev-list', '--no-walk', '--missing=print', commit, '--']);
    return true;
  } catch (error) {
    if (error instanceof GitCommandError) return false;
    throw error;
  }
}

export interface RefUpdate {
  ref: string;
  commit: string;
}

/** Points namespace refs at commits already in the cache (one `update-ref --stdin`). */
export async function pinCommits(dir: string, updates: readonly RefUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const input = updates.map((u) => `update ${u.ref} ${u.commit}\n`).join('');
  await runGit(dir, ['update-ref', '--stdin'], input);
}

export interface FetchRequest {
  /** Remote ref name or commit id. */
  from: string;
  /** Namespace ref to store it under. */
  to: string;
}

/** One blobless fetch of all requested refs/commits from `origin` (commits and trees only, no tags). Not --quiet: its ref summary saves simple-git's 50 ms wait for silent commands. */
export async function fetchIntoNamespace(dir: string, url: string, requests: readonly FetchRequest[]): Promise<void> {
  if (requests.length === 0) return;
  const refspecs = requests.map((r) => `+${r.from}:${r.to}`);
  await runGit(dir, [
    ...remoteUrlConfig(url),
    'fetch',
    '--no-tags',
    '--no-write-fetch-head',
    '--recurse-submodules=no',
    '--filter=blob:none',
    '--',
    'origin',
    ...refspecs,
  ]);
}

/**
 * Fetches the given blobs in one round trip, the way git's own lazy fetch does
 * (no negotiation, oids on stdin), so reading many files never costs one request per file.
 */
export async function prefetchBlobs(dir: string, url: string, oids: readonly string[]): Promise<void> {
  if (oids.length === 0) return;
  await runGit(
    dir,
    [
      ...remoteUrlConfig(url),
      '-c',
      'fetch.negotiationAlgorithm=noop',
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-write-fetch-head',
      '--recurse-submodules=no',
      '--filter=blob:none',
      '--stdin',
      'origin',
    ],
    oids.map((oid) => `${oid}\n`).join(''),
  );
}
