import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { hashContent } from './plan-write.js';
import type { FileStats, WriteState } from './types.js';

/** Size, inode and modification time of a file as the write leaves it (renames keep all three). */
export function describeFile(stats: Stats): FileStats {
  return [stats.size, stats.ino, stats.mtimeMs];
}

/** `lstat` of each file that exists, by its path in the tree; `located` maps a path to where the file is now. */
export function statFiles(paths: Iterable<string>, located: (to: string) => string): Record<string, FileStats> {
  const stats: Record<string, FileStats> = {};
  for (const to of paths) {
    const found = lstatOrUndefined(located(to));
    if (found?.isFile()) stats[to] = describeFile(found);
  }
  return stats;
}

/**
 * Whether the file at `to` still has the content the write state records: its size, inode and modification time
 * are as written, or else its content hashes the same. Like git's index, a file modified no earlier than the state
 * was written is "racily clean" (a change in the same clock tick would not move its time) and is hashed.
 */
export function isFileIntact(contentDir: string, state: WriteState, stateWrittenMs: number, to: string): boolean {
  const expected = state.files[to];
  if (!expected) return false;
  const path = join(contentDir, to);
  const stats = lstatOrUndefined(path);
  if (!stats?.isFile()) return false;
  const recorded = state.stats?.[to];
  const current = describeFile(stats);
  if (recorded && recorded.every((value, i) => value === current[i]) && stats.mtimeMs < stateWrittenMs) return true;
  try {
    return hashContent(readFileSync(path)) === expected.hash;
  } catch {
    return false;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
