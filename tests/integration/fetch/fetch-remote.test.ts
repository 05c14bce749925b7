import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSources } from '../../../src/fetch/index.js';
import { readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { TestRemote, TestRepo, blobId, listPresentObjects, makeTempDir, traceGitCommands } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

useIsolatedGit();

describe('fetchSources from a remote', () => {
  it('clones on the first sync and fetches only the blobs that are read', async () => {
    const repo = TestRepo.create({
      'README.md': '# Hello\n',
      'docs/a.md': 'A\n',
      'docs/link.md': { symlink: 'a.md' },
      'src/big.bin': Buffer.alloc(300_000, 7),
    });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();

    const { sources, lock } = await fetchSources([makeSpec({ id: 'docs', repo: remote.url })], { cacheDir, projectDir: cacheDir });

    const [docs] = sources;
    expect(docs).toMatchObject({ status: 'synced', commit: repo.head(), branch: 'main' });
    const listing = await docs!.reader!.listFiles();
    expect(listing.map(({ path, kind }) => ({ path, kind }))).toEqual([
      { path: 'README.md', kind: 'file' },
      { path: 'docs/a.md', kind: 'file' },
      { path: 'docs/link.md', kind: 'symlink' },
      { path: 'src/big.bin', kind: 'file' },
    ]);
    expect(await readText(docs!, ['docs/a.md', 'docs/link.md', 'docs/nope.md'])).toEqual({ 'docs/a.md': 'A\n', 'docs/link.md': 'a.md' });

    const [entry] = readdirSync(cacheDir);
    const present = listPresentObjects(join(cacheDir, entry!));
    expect(present.has(blobId(repo, 'HEAD', 'docs/a.md'))).toBe(true);
    expect(present.has(blobId(repo, 'HEAD', 'src/big.bin'))).toBe(false);
    expect(existsSync(join(cacheDir, entry!, 'scs-cache.json'))).toBe(true);
    expect(lock).toEqual({ version: 1, sources: { docs: { repo: remote.url, branch: 'main', commit: repo.head() } } });
  });

  it('reports sizes of cached blobs, and -1 for blobs not fetched yet', async () => {
    const repo = TestRepo.create({ 'a.md': '12345', 'b.md': '123' });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const spec = makeSpec({ id: 'sizes', repo: remote.url });
    const first = (await fetchSources([spec], { cacheDir, projectDir: cacheDir })).sources[0]!;
    expect((await first.reader!.listFiles()).map((e) => [e.path, e.size])).toEqual([['a.md', -1], ['b.md', -1]]);
    await first.reader!.readFiles(['a.md']);

    const again = (await fetchSources([spec], { cacheDir, projectDir: cacheDir })).sources[0]!;
    expect((await again.reader!.listFiles()).map((e) => [e.path, e.size])).toEqual([['a.md', 5], ['b.md', -1]]);
  });

  it('fetches upstream changes later, and a sync without upstream changes runs no fetch', async () => {
    const repo = TestRepo.create({ 'docs/a.md': 'one\n' });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const specs = [makeSpec({ id: 'docs', repo: remote.url })];
    const first = await fetchSources(specs, { cacheDir, projectDir: cacheDir });

    const noop = await traceGitCommands(() => fetchSources(specs, { cacheDir, projectDir: cacheDir, lock: first.lock }));
    expect(noop.result.sources[0]!.status).toBe('unchanged');
    expect(noop.commands.filter((c) => c !== 'upload-pack').sort()).toEqual(['for-each-ref', 'ls-remote', 'rev-list']);
    expect(noop.result.lock).toEqual(first.lock);

    const second = repo.commit({ 'docs/a.md': 'two\n' });
    remote.push(repo);
    const later = await fetchSources(specs, { cacheDir, projectDir: cacheDir, lock: first.lock });
    expect(later.sources[0]).toMatchObject({ status: 'synced', commit: second });
    expect(await readText(later.sources[0]!, ['docs/a.md'])).toEqual({ 'docs/a.md': 'two\n' });
    expect(later.lock.sources.docs!.commit).toBe(second);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('follows a force-pushed branch to the rewritten history', async () => {
    const repo = TestRepo.create({ 'a.md': 'base\n' });
    const base = repo.head();
    repo.commit({ 'a.md': 'dropped later\n' });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    repo.resetHard(base);
    const rewritten = repo.commit({ 'a.md': 'rewritten\n' }, { message: 'rewrite' });
    remote.push(repo, { force: true });

    const later = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock });

    expect(later.sources[0]).toMatchObject({ status: 'synced', commit: rewritten });
    expect(await readText(later.sources[0]!, ['a.md'])).toEqual({ 'a.md': 'rewritten\n' });
  });
});
