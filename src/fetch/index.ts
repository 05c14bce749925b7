export { DEFAULT_FETCH_CONCURRENCY } from './default-concurrency.js';
export { fetchSources } from './fetch-sources.js';
export { readLock, serialiseLock, validateLock, writeLock } from './lock-file.js';
export { cacheEntryName, normaliseRepoUrl } from './cache-entry.js';
export { GitCommandError } from './git-client.js';
export type {
  FetchedSource,
  FetchOptions,
  FetchPhase,
  FetchProgressEvent,
  FetchResult,
  FetchStatus,
  FileHistory,
  LockEntry,
  LockFile,
  SnapshotReader,
  TreeEntry,
} from './types.js';
