import { UserError } from '../diagnostics/user-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CacheRepo } from './cache-repo.js';
import { GitCommandError, runCatFileBinary, runGit } from './git-client.js';
import { readHistory } from './git-history.js';
import { readHistoryCached } from './history-cache.js';
import { readListingCached, type Listing } from './listing-cache.js';
import { parseBatchCheck, parseCatFileBatch, parseLsTree, parseMissingObjects } from './git-objects.js';
import type { SnapshotReader, TreeEntry } from './types.js';

interface Snapshot {
  entries: TreeEntry[];
  byPath: Map<string, TreeEntry>;
  /** Blob ids of this commit not in the cache when it was listed. */
  missing: Set<string>;
}

export interface CommitReaderContext {
  repo: CacheRepo;
  commit: string;
  /** Where errors of this reader belong (source id, credential-free repo URL). */
  location: Pick<Diagnostic, 'source' | 'repo'>;
  onRetry?: (error: unknown) => void;
}

/**
 * Reads one commit of a blobless cache entry without a working tree: the tree comes from
 * `ls-tree`, contents from `cat-file --batch`, and blobs not cached yet are fetched in one batch first.
 */
export function createCommitReader(context: CommitReaderContext): SnapshotReader {
  const { repo, commit } = context;
  let snapshot: Promise<Snapshot> | undefined;
  const loadSnapshot = () =>
    (snapshot ??= listSnapshot(repo, commit).catch((error: unknown) => {
      snapshot = undefined; // let a later call try again
      throw error;
    }));
  return {
    async listFiles() {
      return (await loadSnapshot()).entries.map((entry) => ({ ...entry }));
    },
    async readFiles(paths) {
      const { byPath, missing } = await loadSnapshot();
      const entries = paths.map((path) => byPath.get(path)).filter((e): e is TreeEntry => e !== undefined);
      const oids = entries.map((entry) => entry.oid!);
      const absent = repo.unfetched(oids.filter((oid) => missing.has(oid)));
      if (absent.length > 0 && repo.offline) throw offlineError(context, absent.length);
      await repo.fetchBlobs(absent, context.onRetry).catch((error: unknown) => {
        throw error instanceof GitCommandError ? unreachableError(context, absent.length, error) : error;
      });
      const contents = await readBlobs(repo.dir, oids).catch(async (error: unknown) => {
        // the cache entry lost blobs it listed (a damaged or pruned pack): fetch those again and read once more
        if (!(error instanceof GitCommandError)) throw error;
        const missingNow = parseMissingObjects(await runGit(repo.dir, ['rev-list', '--objects', '--no-walk', '--missing=print', commit, '--']));
        const lostOids = [...new Set(oids)].filter((oid) => missingNow.has(oid));
        if (lostOids.length === 0) throw error;
        await repo.refetchBlobs(lostOids, context.onRetry).catch((fetchError: unknown) => {
          throw fetchError instanceof GitCommandError ? unreachableError(context, lostOids.length, fetchError) : fetchError;
        });
        return readBlobs(repo.dir, oids);
      });
      // read what the cache did not give once more; then never drop a page without a word: the source fails and
      // keeps its last good pages
      const unread = oids.filter((oid) => !contents.has(oid));
      if (unread.length > 0) for (const [oid, content] of await readBlobs(repo.dir, unread)) contents.set(oid, content);
      const lost = entries.filter((entry) => !contents.has(entry.oid!));
      if (lost.length > 0) throw unreadableError(context, lost.map((entry) => entry.path));
      return new Map(entries.map((entry) => [entry.path, contents.get(entry.oid!)!]));
    },
    history(paths) {
      return readHistoryCached(repo.dir, commit, paths, (unknown) => readHistory(repo.dir, commit, unknown));
    },
  };
}

async function listSnapshot(repo: CacheRepo, commit: string): Promise<Snapshot> {
  const { entries, missing } = await readListingCached(repo, commit, () => listCommit(repo.dir, commit));
  return { entries, byPath: new Map(entries.map((e) => [e.path, e])), missing: new Set(missing) };
}

async function listCommit(dir: string, commit: string): Promise<Listing> {
  const [tree, objects] = await Promise.all([
    runGit(dir, ['ls-tree', '-r', '-z', '--full-tree', commit]),
    runGit(dir, ['rev-list', '--objects', '--no-walk', '--missing=print', commit, '--']),
  ]);
  const entries = parseLsTree(tree);
  const missing = parseMissingObjects(objects);
  const present = [...new Set(entries.map((e) => e.oid!).filter((oid) => !missing.has(oid)))];
  const sizes = present.length > 0 ? parseBatchCheck(await runGit(dir, ['cat-file', '--batch-check'], lines(present))) : new Map();
  for (const entry of entries) entry.size = sizes.get(entry.oid!) ?? -1;
  return { entries, missing: [...missing] };
}

async function readBlobs(dir: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(oids)];
  if (unique.length === 0) return new Map();
  return parseCatFileBatch(await runCatFileBinary(dir, ['--batch'], lines(unique)));
}

function lines(values: readonly string[]): string {
  return values.map((v) => `${v}\n`).join('');
}

function offlineError(context: CommitReaderContext, count: number): UserError {
  return new UserError([
    {
      severity: 'error',
      code: 'fetch/offline-missing-content',
      message: `${count} file(s) of commit ${context.commit.slice(0, 7)} are not in the cache and --offline forbids fetching them`,
      ...context.location,
      commit: context.commit,
      hint: 'run the sync once without --offline to fill the cache',
    },
  ]);
}

function unreadableError(context: CommitReaderContext, paths: readonly string[]): UserError {
  const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
  return new UserError([
    {
      severity: 'error',
      code: 'fetch/content-unreadable',
      message: `the cache holds no content for ${paths.length} file(s) of commit ${context.commit.slice(0, 7)}: ${shown}`,
      ...context.location,
      file: paths[0],
      commit: context.commit,
      hint: 'the remote no longer has these files at this commit (history rewritten upstream?): sync a ref that exists, or delete this repo\'s folder in the sync cache (.cache/repos) so it is cloned afresh',
    },
  ]);
}

function unreachableError(context: CommitReaderContext, count: number, error: GitCommandError): UserError {
  return new UserError(
    [
      {
        severity: 'error',
        code: 'fetch/content-unavailable',
        message: `cannot fetch ${count} file(s) of commit ${context.commit.slice(0, 7)} that are not in the cache yet: ${error.summary}`,
        ...context.location,
        commit: context.commit,
        hint: 'check the remote is reachable (or point the sync at a mirror with url.<base>.insteadOf) and run the sync again',
      },
    ],
    { cause: error },
  );
}
