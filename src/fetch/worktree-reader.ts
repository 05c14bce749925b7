import { readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { listWorktreeFiles } from './list-worktree-files.js';
import type { SnapshotReader, TreeEntry } from './types.js';
import { readWorktreeHistory } from './worktree-history.js';

/**
 * Reads a local working tree as it is on disk, uncommitted and untracked files included.
 * Only listed paths can be read, and a symlink reads as its link text (like a git blob), so
 * nothing outside the folder is ever opened.
 */
export function createWorktreeReader(root: string): SnapshotReader {
  let listing: Promise<Map<string, TreeEntry>> | undefined;
  const loadListing = () =>
    (listing ??= listWorktreeFiles(root).then(
      (entries) => new Map(entries.map((e) => [e.path, e])),
      (error: unknown) => {
        listing = undefined; // let a later call try again
        throw error;
      },
    ));
  return {
    async listFiles() {
      return [...(await loadListing()).values()].map((entry) => ({ ...entry }));
    },
    async readFiles(paths) {
      const byPath = await loadListing();
      const result = new Map<string, Buffer>();
      await Promise.all(
        [...new Set(paths)].map(async (path) => {
          const entry = byPath.get(path);
          if (!entry) return;
          const content = await readEntry(root, entry);
          if (content) result.set(path, content);
        }),
      );
      return result;
    },
    history(paths) {
      return readWorktreeHistory(root, paths);
    },
  };
}

async function readEntry(root: string, entry: TreeEntry): Promise<Buffer | undefined> {
  const file = join(root, entry.path);
  try {
    return entry.kind === 'symlink' ? await readlink(file, { encoding: 'buffer' }) : await readFile(file);
  } catch (error) {
    if (isMissing(error)) return undefined; // deleted since it was listed
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
