import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SourceSpec } from '../manifest/types.js';
import { sourceDiagnostic } from './fetch-diagnostics.js';
import type { FetchedSource } from './types.js';
import { fingerprintWorktree } from './worktree-fingerprint.js';
import { readWorktreeGitState } from './worktree-git-state.js';
import { createWorktreeReader } from './worktree-reader.js';
import { readCurrentBranch, readRepoPrefix } from './worktree-history.js';

/** A `path` source: the working tree as it is on disk (no commit, not locked). */
export async function fetchLocal(spec: SourceSpec & { path: string }, projectDir: string, manifestFile?: string): Promise<FetchedSource> {
  const root = resolve(projectDir, spec.path);
  const kind = await stat(root).then(
    (stats) => (stats.isDirectory() ? 'directory' : 'other'),
    () => 'missing' as const,
  );
  if (kind !== 'directory') {
    const message =
      kind === 'missing' ? `local path ${spec.path} does not exist` : `local path ${spec.path} is not a folder`;
    const error = sourceDiagnostic(spec, manifestFile, {
      severity: 'error',
      code: kind === 'missing' ? 'fetch/local-path-missing' : 'fetch/local-path-not-folder',
      message: `${message} (resolved to ${root})`,
      hint: `point \`path\` at an existing folder (a checkout of the repo), relative to the project folder${spec.repo ? ', or remove `path` to fetch `repo` instead' : ''}`,
    });
    return { spec, status: 'failed', error };
  }
  const reader = createWorktreeReader(root);
  const git = await readWorktreeGitState(root);
  if (!git) {
    // outside git, or no commit yet: no fingerprint, so a run with this source is never skipped
    const branch = spec.ref ?? (await readCurrentBranch(root)) ?? 'main';
    return { spec, status: 'synced', branch, repoPath: await readRepoPrefix(root), reader };
  }
  const branch = spec.ref ?? git.branch ?? 'main';
  return { spec, status: 'synced', branch, repoPath: git.prefix, reader, fingerprint: () => fingerprintWorktree(root, git) };
}
