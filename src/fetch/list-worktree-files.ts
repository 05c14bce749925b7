import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TreeEntry } from './types.js';

/** Folders never listed from a working tree. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** A listed file with what `lstat` said about it. */
export interface WorktreeFile {
  path: string;
  kind: 'file' | 'symlink';
  stats: Stats;
}

/**
 * Lists the files of a working tree (tracked, modified and untracked alike), sorted by path.
 * Symlinks are reported as such and never followed; sockets, fifos and the like are ignored.
 */
export async function listWorktreeFiles(root: string): Promise<TreeEntry[]> {
  return (await statWorktreeFiles(root)).map(({ path, kind, stats }) => ({ path, kind, size: stats.size }));
}

/** The files `listWorktreeFiles` lists, with their `lstat` results, sorted by path. */
export async function statWorktreeFiles(root: string): Promise<WorktreeFile[]> {
  const files: WorktreeFile[] = [];
  await walk(root, '', files);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(root: string, prefix: string, out: WorktreeFile[]): Promise<void> {
  const children: Dirent[] = await readdir(join(root, prefix), { withFileTypes: true });
  await Promise.all(
    children.map(async (child) => {
      const path = prefix ? `${prefix}/${child.name}` : child.name;
      if (child.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(child.name)) await walk(root, path, out);
      } else if (child.isFile() || child.isSymbolicLink()) {
        if (child.name === '.git') return;
        const stats = await lstat(join(root, path));
        out.push({ path, kind: child.isSymbolicLink() ? 'symlink' : 'file', stats });
      }
    }),
  );
}
