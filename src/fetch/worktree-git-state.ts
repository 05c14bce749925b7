import { GitCommandError, runGit } from './git-client.js';
import { isFullCommitId } from './resolve-ref.js';

/** What a working-tree source needs to know from git, read with one process. */
export interface WorktreeGitState {
  /** The folder's path inside its repository, without a trailing slash ('' at the top). */
  prefix: string;
  /** The branch checked out; undefined when HEAD is detached. */
  branch?: string;
  /** The commit HEAD points at. */
  head: string;
}

/**
 * One `git rev-parse` instead of one process per question. Undefined when `dir` is not in a git working tree,
 * or its branch has no commit yet (HEAD cannot be resolved): callers then ask the old way.
 */
export async function readWorktreeGitState(dir: string): Promise<WorktreeGitState | undefined> {
  let output: string;
  try {
    output = await runGit(dir, ['rev-parse', '--show-prefix', 'HEAD', '--symbolic-full-name', 'HEAD']);
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
  const [prefix, head, ref] = output.split('\n').map((line) => line.trim());
  if (prefix === undefined || !head || !isFullCommitId(head) || !ref) return undefined;
  return {
    prefix: prefix.replace(/\/$/, ''),
    ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
    head,
  };
}
