import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TreeEntry } from './types.js';

/** Folders never listed from a working tree. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/**
 * Lists the files of a working tree (tracked, modified and untracked alike), sorted by path.
 * Symlinks are reported as such and never followed; sockets, fifos and the like are ignored.
 */
export async function listWorktreeFiles(root: string): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  await walk(root, '', entries);
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(root: string, prefix: string, out: TreeEntry[]): Promise<void> {
  const children: Dirent[] = await readdir(join(root, prefix), { withFileTypes: true });
  await Promise.all(
    children.map(async (child) => {
      const path = prefix ? `${prefix}/${child.name}` : child.name;
      if (child.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(child.name)) await walk(root, path, out);
      } else if (child.isFile() || child.isSymbolicLink()) {
        if (child.name === '.git') return;
        const stats = await lstat(join(root, path));
        out.push({ path, kind: child.isSymbolicLink() ? 'symlink' : 'file', size: stats.size });
      }
    }),
  );
}
