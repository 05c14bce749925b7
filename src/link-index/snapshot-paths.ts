import { closest, distance } from 'fastest-levenshtein';
import { posix } from 'node:path';

/**
 * The file list of one source's snapshot (all files, not only the imported ones), so links to files the site
 * does not import can point upstream (`blob` for files, `tree` for folders) and links to nothing can be
 * reported with a suggestion. Build it from `SnapshotReader.listFiles()`.
 */
export interface SnapshotPaths {
  /** 'file', 'folder' (some file lies below it; '' is the repo root) or undefined when nothing is there. */
  kindOf(path: string): 'file' | 'folder' | undefined;
  /** The existing file whose path is nearest to `path` (levenshtein), when it is near enough to be a likely typo. */
  suggestFile(path: string): string | undefined;
}

export function createSnapshotPaths(paths: Iterable<string>): SnapshotPaths {
  const files = new Set(paths);
  const folders = new Set<string>(['']);
  for (const file of files) {
    for (let dir = posix.dirname(file); dir !== '.' && !folders.has(dir); dir = posix.dirname(dir)) folders.add(dir);
  }
  const candidates = [...files, ...folders].filter((path) => path !== '');
  return {
    kindOf: (path) => (files.has(path) ? 'file' : folders.has(path) ? 'folder' : undefined),
    suggestFile: (path) => suggestNearest(path, candidates),
  };
}

/** Nearest candidate by edit distance, if at most a third of the longer string differs. */
export function suggestNearest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return distance(value, best) <= allowed ? best : undefined;
}
