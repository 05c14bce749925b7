import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runGitCommand } from './run-git.js';

/** Files of a bare repo's default branch whose path starts with `prefix` and ends with `.md`, sorted. */
export async function listMarkdownFiles(bareRepo: string, prefix: string): Promise<string[]> {
  const out = await runGitCommand(bareRepo, ['ls-tree', '-r', '--name-only', 'HEAD']);
  return out.split('\n').filter((path) => path.startsWith(prefix) && path.endsWith('.md')).sort();
}

/**
 * Makes one upstream commit in a bare repo, as a maintainer would: clone, add a paragraph to `path`, commit, push.
 * `label` goes into the paragraph and the message so every call changes the file.
 */
export async function commitUpstreamChange(bareRepo: string, path: string, workDir: string, label: string): Promise<void> {
  await rm(workDir, { recursive: true, force: true });
  await runGitCommand(bareRepo, ['clone', '--quiet', bareRepo, workDir]);
  await appendFile(join(workDir, path), `\nA paragraph added upstream (${label}).\n`);
  const identity = ['-c', 'user.name=Bench Maintainer', '-c', 'user.email=bench@example.org'];
  await runGitCommand(workDir, [...identity, 'commit', '--quiet', '-am', `Update ${path} (${label})`]);
  await runGitCommand(workDir, ['push', '--quiet', 'origin', 'HEAD']);
  await rm(workDir, { recursive: true, force: true });
}
