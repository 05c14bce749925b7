import { GitCommandError, runGit } from './git-client.js';
import { readHistory } from './git-history.js';
import type { FileHistory } from './types.js';

/**
 * Parses `git status --porcelain -z`: paths (relative to the repository root) that differ from HEAD
 * or are untracked. Renames and copies carry their original path as an extra field, which is skipped.
 */
export function parseStatusPaths(text: string): Set<string> {
  const paths = new Set<string>();
  const fields = text.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length < 4) continue;
    paths.add(field.slice(3));
    if (field[0] === 'R' || field[0] === 'C') i++;
  }
  return paths;
}

/** The working tree's folder relative to its repository root (`''` at the root); undefined outside git. */
async function findRepoPrefix(dir: string): Promise<string | undefined> {
  try {
    return (await runGit(dir, ['rev-parse', '--show-prefix'])).trim();
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

async function readCommittedHistory(dir: string, paths: readonly string[]): Promise<Map<string, FileHistory>> {
  try {
    return await readHistory(dir, 'HEAD', paths, { relative: true });
  } catch (error) {
    if (error instanceof GitCommandError) return new Map(); // no commit yet
    throw error;
  }
}

/**
 * History of working-tree files: the last commit for files committed and unchanged,
 * `uncommitted` for modified, untracked or ignored files and for folders that are not in git at all.
 */
export async function readWorktreeHistory(dir: string, paths: readonly string[]): Promise<Map<string, FileHistory>> {
  const result = new Map<string, FileHistory>();
  const prefix = paths.length > 0 ? await findRepoPrefix(dir) : undefined;
  if (prefix === undefined) {
    for (const path of paths) result.set(path, { kind: 'uncommitted' });
    return result;
  }
  const [status, committed] = await Promise.all([
    runGit(dir, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']),
    readCommittedHistory(dir, paths),
  ]);
  const changed = new Set([...parseStatusPaths(status)].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  for (const path of paths) {
    const history = committed.get(path);
    result.set(path, history && !changed.has(path) ? history : { kind: 'uncommitted' });
  }
  return result;
}

/** The branch checked out in `dir`, or undefined (detached HEAD, not a git repository). */
export async function readCurrentBranch(dir: string): Promise<string | undefined> {
  try {
    const branch = (await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
    return branch || undefined;
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

/** The folder's path inside its git working tree (`docs` for `<repo>/docs`), '' at the top or outside git. */
export async function readRepoPrefix(dir: string): Promise<string> {
  return ((await findRepoPrefix(dir)) ?? '').replace(/\/$/, '');
}
