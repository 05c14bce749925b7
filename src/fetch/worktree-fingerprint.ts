import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { statWorktreeFiles } from './list-worktree-files.js';
import { hasRacyTimestamp } from './racy-timestamps.js';
import type { WorktreeGitState } from './worktree-git-state.js';

/**
 * A key that changes whenever what a working-tree reader returns could: every listed file's path, kind, size,
 * inode, modification and change time, the commit HEAD points at and the index (history says "uncommitted" for
 * what differs from them). Undefined when it cannot be trusted: something was modified within the last clock tick.
 */
export async function fingerprintWorktree(root: string, git: WorktreeGitState): Promise<string | undefined> {
  const [files, index] = await Promise.all([statWorktreeFiles(root), lstat(git.indexFile).catch(() => undefined)]);
  // a change also moves the change time (ctime), so a modification time set back by hand shows too
  if (hasRacyTimestamp([...files.map((file) => file.stats.mtimeMs), ...(index ? [index.mtimeMs] : [])])) return undefined;
  const hash = createHash('sha256').update(JSON.stringify([git.head, git.prefix, git.branch ?? null]));
  for (const { path, kind, stats } of files) {
    hash.update(`\n${path}\0${kind}\0${stats.size}\0${stats.ino}\0${stats.mtimeMs}\0${stats.ctimeMs}`);
  }
  hash.update(index ? `\nindex ${index.size} ${index.ino} ${index.mtimeMs}` : '\nno index');
  return hash.digest('base64url');
}
