import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceSpec } from '../manifest/types.js';

/** One file of an upstream snapshot. Paths are POSIX, relative to the repo root. */
export interface TreeEntry {
  path: string;
  kind: 'file' | 'symlink';
  /**
   * Size in bytes (for symlinks: length of the link text).
   * -1 when not known yet: a blob the blobless cache has not fetched (git cannot tell its size without
   * fetching it); the content's length is the size once `readFiles` has returned it.
   */
  size: number;
  /** Git blob id; absent for working-tree files. */
  oid?: string;
}

/** The commit that last touched a file, or the honest state of a working-tree file. */
export type FileHistory =
  | { kind: 'commit'; commit: string; date: string; author: string }
  | { kind: 'uncommitted' };

/**
 * Read access to one source's snapshot (a commit in the cache, or a local working tree).
 * Implementations fetch missing blobs in batches; callers never run git themselves.
 */
export interface SnapshotReader {
  listFiles(): Promise<TreeEntry[]>;
  /** Contents of the given paths; a path that does not exist is absent from the result. */
  readFiles(paths: readonly string[]): Promise<Map<string, Buffer>>;
  /** Last change of each path (one history walk for all of them). */
  history(paths: readonly string[]): Promise<Map<string, FileHistory>>;
}

export type FetchStatus = 'synced' | 'unchanged' | 'stale' | 'failed';

export interface FetchedSource {
  spec: SourceSpec;
  /** synced: new commit; unchanged: same commit as the lock; stale: kept the locked commit after a failure; failed: nothing usable. */
  status: FetchStatus;
  /** Resolved commit (absent for local working trees and failures). */
  commit?: string;
  /** Branch used for edit links: the ref when it is a branch, else the remote's default branch. */
  branch?: string;
  /** Where the snapshot's root sits inside its repository ('' or absent: the repo root), e.g. `docs` for a working tree of a subfolder. */
  repoPath?: string;
  /** Absent when status is `failed`. */
  reader?: SnapshotReader;
  /** Why the source is stale or failed. */
  error?: Diagnostic;
  /** The commit repos.lock held for this source before this run (same repo), for "what changed" summaries. */
  previousCommit?: string;
  /**
   * Working trees only (a commit is its own key): a key that changes whenever what `reader` returns could change,
   * to be taken before reading; undefined when none can be trusted (a file changed moments ago, not in git).
   */
  fingerprint?: () => Promise<string | undefined>;
}

/** repos.lock: the resolved commit per source id. Never holds credentials. */
export interface LockFile {
  version: 1;
  sources: Record<string, LockEntry>;
}

export interface LockEntry {
  repo: string;
  ref?: string;
  branch?: string;
  commit: string;
}

export type FetchPhase = 'resolve' | 'fetch' | 'retry' | 'done' | 'failed';

/** Progress of one source (the CLI prints these; the library never does). */
export interface FetchProgressEvent {
  source: string;
  phase: FetchPhase;
  detail?: string;
}

export interface FetchOptions {
  /** Persistent cache of bare, blobless clones (the CLI defaults to `.cache/repos`). */
  cacheDir: string;
  /** Local `path` sources are resolved against this folder. */
  projectDir: string;
  /** The current repos.lock, if any. */
  lock?: LockFile;
  /** Build exactly the locked commits (fetch them by id when missing); never move a source. */
  frozen?: boolean;
  /** Never touch the network: locked commits from the cache only. */
  offline?: boolean;
  /** Repos fetched at the same time (default: DEFAULT_FETCH_CONCURRENCY). */
  concurrency?: number;
  /** Manifest file as the user named it; diagnostics then point at the entry's line in it. */
  manifestFile?: string;
  onProgress?: (event: FetchProgressEvent) => void;
}

export interface FetchResult {
  /** One per spec, in the order given. */
  sources: FetchedSource[];
  /** Lock to write: an entry per source with a commit; stale and failed sources keep their old entry. */
  lock: LockFile;
}
