import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';

afterAll(removeTempDirs);

const entry = (id: string, repo: string, target: string, extra = '') =>
  `  - id: ${id}\n    repo: ${repo}\n    include: ["docs/*.md"]\n    base: docs\n    target: ${target}\n    label: ${id}\n${extra}`;

/** Two upstreams, synced once: alpha (two pages) and beta (one page on branch `release`). */
async function syncedProject() {
  const project = new SyncProject();
  const alpha = TestRepo.create({ 'docs/a.md': '# A\n', 'docs/b.md': '# B\n' });
  const beta = TestRepo.create({ 'docs/x.md': '# X\n' });
  beta.branch('release');
  const alphaRemote = project.github.publish('example-org/alpha', alpha);
  const betaRemote = project.github.publish('example-org/beta', beta);
  project.writeManifest(
    `sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha')}${entry('beta', 'example-org/beta', 'docs/beta', '    ref: release\n')}`,
  );
  const first = await project.sync();
  expect(first.exitCode, first.output).toBe(0);
  return { project, alpha, beta, alphaRemote, betaRemote, lock: project.lock() };
}

const FIRST_TREE = ['docs/alpha/_category_.json', 'docs/alpha/a.md', 'docs/alpha/b.md', 'docs/beta/_category_.json', 'docs/beta/x.md'];
const statuses = (run: Awaited<ReturnType<SyncProject['sync']>>) => run.report!.sources.map((s) => [s.id, s.status]);

/** A cache entry, found by the repo name its folder starts with. */
function cacheEntry(project: SyncProject, name: string): string {
  const root = join(project.dir, '.cache', 'repos');
  return join(root, readdirSync(root).find((dir) => dir.startsWith(`example-org-${name}-`))!);
}

describe('keep last good', () => {
  it('builds a source whose remote was removed from the cache at its locked commit, even into an empty content folder', async () => {
    const { project, betaRemote, lock } = await syncedProject();
    betaRemote.remove();
    rmSync(join(project.dir, 'content'), { recursive: true }); // a CI machine restores only the clone cache

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(project.contentFiles()).toEqual(FIRST_TREE);
    expect(project.read('docs/beta/x.md')).toContain('# X');
    expect(statuses(run)).toEqual([['alpha', 'unchanged'], ['beta', 'stale']]);
    const beta = run.report!.sources[1]!;
    expect(beta.commit).toBe(lock.sources.beta!.commit);
    expect(beta.error).toMatch(/^cannot list the refs of https:\/\/github\.com\/example-org\/beta: .*; building the last good commit [0-9a-f]{7} from repos\.lock$/);
    expect(project.lock()).toEqual(lock);
    expect((await project.sync('--strict')).exitCode).toBe(1);
    expect(project.contentFiles()).toEqual(FIRST_TREE);
  });

  it('keeps the locked commit when the ref was deleted upstream', async () => {
    const { project, betaRemote, lock } = await syncedProject();
    betaRemote.deleteRef('refs/heads/release');

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(statuses(run)).toEqual([['alpha', 'unchanged'], ['beta', 'stale']]);
    expect(run.report!.problems).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'fetch/ref-not-found', source: 'beta' }));
    expect(project.contentFiles()).toEqual(FIRST_TREE);
    expect(project.lock()).toEqual(lock);
    const strict = await project.sync('--strict');
    expect(strict.exitCode).toBe(1);
    expect(statuses(strict)).toEqual([['alpha', 'unchanged'], ['beta', 'stale']]);
  });

  it('follows force-pushed history, and keeps the last good pages when a frozen build cannot get the vanished commit', async () => {
    const { project, alpha, alphaRemote, lock } = await syncedProject();
    const root = alpha.head('HEAD~0');
    alpha.git('checkout', '--quiet', '--orphan', 'rewritten');
    alpha.git('rm', '-r', '--quiet', '--cached', '.');
    const rewritten = alpha.commit({ 'docs/a.md': null, 'docs/b.md': null, 'docs/c.md': '# C\n' });
    alpha.git('branch', '-M', 'main');
    alphaRemote.push(alpha, { force: true });
    git(alphaRemote.dir, ['reflog', 'expire', '--expire=now', '--all']);
    git(alphaRemote.dir, ['gc', '--quiet', '--prune=now']);
    rmSync(join(project.dir, '.cache'), { recursive: true }); // a fresh machine: only the remote could have the old commit

    const frozen = await project.sync('--frozen');

    expect(frozen.exitCode, frozen.output).toBe(0);
    expect(statuses(frozen)).toEqual([['alpha', 'stale'], ['beta', 'unchanged']]);
    expect(frozen.report!.sources[0]!.commit).toBe(root);
    expect(frozen.report!.sources[0]!.error).toMatch(/^cannot fetch [0-9a-f]{40} from https:\/\/github\.com\/example-org\/alpha: .*; the pages of the last good sync are kept$/);
    expect(project.contentFiles()).toEqual(FIRST_TREE);
    expect(project.lock()).toEqual(lock);
    expect((await project.sync('--frozen', '--strict')).exitCode).toBe(1);

    const moved = await project.sync();

    expect(moved.exitCode, moved.output).toBe(0);
    expect(statuses(moved)).toEqual([['alpha', 'synced'], ['beta', 'unchanged']]);
    expect(moved.report!.sources[0]).toMatchObject({
      commit: rewritten,
      previousCommit: root,
      changes: { added: ['content/docs/alpha/c.md'], changed: [], removed: ['content/docs/alpha/a.md', 'content/docs/alpha/b.md'] },
    });
    expect(project.contentFiles()).toEqual(['docs/alpha/_category_.json', 'docs/alpha/c.md', 'docs/beta/_category_.json', 'docs/beta/x.md']);
    expect(project.lock().sources.alpha!.commit).toBe(rewritten);
  });

  it('clones a cache entry again when some of its objects were deleted', async () => {
    const { project, alpha, alphaRemote } = await syncedProject();
    const packs = join(cacheEntry(project, 'alpha'), 'objects', 'pack');
    const firstPacks = readdirSync(packs);
    alpha.commit({ 'docs/b.md': '# B, second edition\n' });
    alphaRemote.push(alpha);
    expect((await project.sync()).exitCode).toBe(0);
    const lock = project.lock();
    for (const file of firstPacks) rmSync(join(packs, file)); // the newest commit survives, its history does not
    rmSync(join(project.dir, 'content'), { recursive: true });

    const run = await project.sync('--strict');

    expect(run.exitCode, run.output).toBe(0);
    expect(run.output).toContain('alpha: retry the cache entry is damaged (objects missing): cloning it again');
    expect(statuses(run)).toEqual([['alpha', 'unchanged'], ['beta', 'unchanged']]);
    expect(project.contentFiles()).toEqual(FIRST_TREE);
    expect(project.read('docs/alpha/b.md')).toContain('second edition');
    expect(project.lock()).toEqual(lock);
  });

  it('omits a source that never synced: no pages, no sidebar category, named in the report', async () => {
    const { project } = await syncedProject();
    project.writeManifest(
      `sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha')}${entry('beta', 'example-org/beta', 'docs/beta', '    ref: release\n')}${entry('ghost', 'example-org/ghost', 'docs/ghost')}`,
    );

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(statuses(run)).toEqual([['alpha', 'unchanged'], ['beta', 'unchanged'], ['ghost', 'failed']]);
    expect(run.report!.sources[2]!.error).toMatch(/^cannot list the refs of https:\/\/github\.com\/example-org\/ghost/);
    expect(project.contentFiles()).toEqual(FIRST_TREE);
    expect(Object.keys(project.lock().sources)).toEqual(['alpha', 'beta']);
    expect((await project.sync('--strict')).exitCode).toBe(1);
  });

  it('warns about an include glob that matches nothing, builds the rest, and fails only under --strict', async () => {
    const { project } = await syncedProject();
    project.writeManifest(
      `sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha').replace('["docs/*.md"]', '["docs/*.md", "docs/guides/*.md"]')}${entry('beta', 'example-org/beta', 'docs/beta', '    ref: release\n')}`,
    );

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(run.report!.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'collect/glob-matches-nothing', source: 'alpha', message: 'include glob "docs/guides/*.md" matches no file' }),
    ]);
    expect(statuses(run)).toEqual([['alpha', 'unchanged'], ['beta', 'unchanged']]);
    expect(project.contentFiles()).toEqual(FIRST_TREE);
    expect((await project.sync('--strict')).exitCode).toBe(1);
  });
});
