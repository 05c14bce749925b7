/**
 * The last line of defence behind the manifest checks: the one door to git (src/fetch/git-client.ts) keeps
 * simple-git's unsafe-argument guards and git's own protocol policy on, so an option or transport smuggled into
 * an argument never runs a command. Each case would create a marker file if it ran.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitCommandError, runGit } from '../../../src/fetch/git-client.js';
import { isolatedGitEnv, makeTempDir, removeTempDirs, setEnv, TestRemote, TestRepo } from '../../helpers/git-repo.js';

afterAll(removeTempDirs);

describe('git protections', () => {
  const dir = makeTempDir('scs-gitsafe-');
  const marker = join(dir, 'pwned');
  const remote = TestRemote.fromRepo(TestRepo.create({ 'a.md': '# A\n' }));

  it.each([
    ['--upload-pack in ls-remote', ['ls-remote', `--upload-pack=touch ${marker}`, remote.url]],
    ['-u in clone', ['clone', '-u', `touch ${marker}`, remote.url, join(dir, 'clone-u')]],
    ['--config core.sshCommand in clone', ['clone', '--config', `core.sshCommand=touch ${marker}`, 'ssh://example.invalid/x', join(dir, 'clone-c')]],
    ['the ext:: transport', ['ls-remote', `ext::sh -c touch% ${marker}`]],
    ['ext:: allowed through -c', ['-c', 'protocol.ext.allow=always', 'ls-remote', `ext::sh -c touch% ${marker}`]],
  ])('refuses %s without running anything', async (_name, args) => {
    const restore = setEnv(isolatedGitEnv());
    try {
      await expect(runGit(dir, args)).rejects.toBeInstanceOf(GitCommandError);
    } finally {
      restore();
    }
    expect(existsSync(marker)).toBe(false);
  });
});
