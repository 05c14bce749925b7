import { createHash } from 'node:crypto';
import { runGit } from './git-client.js';
import { statWorktreeFiles } from './list-worktree-files.js';
import { hasRacyTimestamp } from './racy-timestamps.js';
import type { WorktreeGitState } from './worktree-git-state.js';

/**
 * A key that changes whenever what a working-tree reader returns could: every listed file's path, kind, size,
 * inode, modification and change time, the commit HEAD points at and what the index stages for the folder
 * (history says "uncommitted" for what differs from them). Undefined when it cannot be trusted: a file was
 * modified within the last clock tick.
 */
export async function fingerprintWorktree(root: string, git: WorktreeGitState): Promise<string | undefined> {
  const [files, staged] = await Promise.all([statWorktreeFiles(root), listStagedEntries(root)]);
  // a change also moves the change time (ctime), so a modification time set back by hand shows too
  if (hasRacyTimestamp(files.map((file) => file.stats.mtimeMs))) return undefined;
  const hash = createHash('sha256').update(JSON.stringify([git.head, git.prefix, git.branch ?? null]));
  for (const { path, kind, stats } of files) {
    hash.update(`\n${path}\0${kind}\0${stats.size}\0${stats.ino}\0${stats.mtimeMs}\0${stats.ctimeMs}`);
  }
  hash.update(`\nindex\0${staged}`);
  return hash.digest('base64url');
}

/**
 * Mode, blob and path of each index entry under `root`, without the stat data git caches there: any git command
 * may rewrite the index just to refresh that data (the sync's own `git status` does after a fresh checkout), and
 * staging outside the folder changes the index too, neither of which changes what the reader returns.
 */
function listStagedEntries(root: string): Promise<string> {
  return runGit(root, ['ls-files', '--stage', '-z']);
}
