import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSources, type FetchedSource, type FetchProgressEvent } from '../../../src/fetch/index.js';
import {
  TestRemote,
  TestRepo,
  blobId,
  isolatedGitEnv,
  listPresentObjects,
  makeTempDir,
  removeTempDirs,
  setEnv,
  traceGitCommands,
} from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

let restoreEnv: () => void;
beforeAll(() => {
  restoreEnv = setEnv({ ...isolatedGitEnv(), GIT_TERMINAL_PROMPT: '0' });
});
afterAll(() => {
  restoreEnv();
  removeTempDirs();
});

async function readText(source: FetchedSource, paths: string[]): Promise<Record<string, string>> {
  const contents = await source.reader!.readFiles(paths);
  return Object.fromEntries([...contents].map(([path, buffer]) => [path, buffer.toString('utf8')]));
}

function cacheEntries(cacheDir: string): string[] {
  return readdirSync(cacheDir);
}

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

    const [entry] = cacheEntries(cacheDir);
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
    expect(noop.commands.filter((c) => c !== 'upload-pack')).toEqual(['ls-remote', 'for-each-ref']);
    expect(noop.result.lock).toEqual(first.lock);

    const second = repo.commit({ 'docs/a.md': 'two\n' });
    remote.push(repo);
    const later = await fetchSources(specs, { cacheDir, projectDir: cacheDir, lock: first.lock });
    expect(later.sources[0]).toMatchObject({ status: 'synced', commit: second });
    expect(await readText(later.sources[0]!, ['docs/a.md'])).toEqual({ 'docs/a.md': 'two\n' });
    expect(later.lock.sources.docs!.commit).toBe(second);
    expect(cacheEntries(cacheDir)).toHaveLength(1);
  });

  it('resolves branches, annotated and lightweight tags and commit ids, resolving and fetching the repo once', async () => {
    const repo = TestRepo.create({ 'v.md': 'tagged\n' });
    const tagged = repo.head();
    repo.tag('v1.0');
    repo.tag('light', { lightweight: true });
    repo.branch('next');
    const next = repo.commit({ 'v.md': 'next\n' });
    repo.checkout('main');
    const main = repo.commit({ 'v.md': 'main\n' });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const specs = [
      makeSpec({ id: 'default', repo: remote.url }),
      makeSpec({ id: 'branch', repo: remote.url, ref: 'next' }),
      makeSpec({ id: 'tag', repo: remote.url, ref: 'v1.0' }),
      makeSpec({ id: 'light', repo: remote.url, ref: 'light' }),
      makeSpec({ id: 'commit', repo: remote.url, ref: next }),
    ];
    const events: FetchProgressEvent[] = [];

    const { result, commands } = await traceGitCommands(() =>
      fetchSources(specs, { cacheDir, projectDir: cacheDir, onProgress: (e) => events.push(e) }),
    );

    expect(result.sources.map((s) => [s.spec.id, s.status, s.commit, s.branch])).toEqual([
      ['default', 'synced', main, 'main'],
      ['branch', 'synced', next, 'next'],
      ['tag', 'synced', tagged, 'main'],
      ['light', 'synced', tagged, 'main'],
      ['commit', 'synced', next, 'main'],
    ]);
    const texts = await Promise.all(result.sources.map((s) => readText(s, ['v.md'])));
    expect(texts.map((t) => t['v.md'])).toEqual(['main\n', 'next\n', 'tagged\n', 'tagged\n', 'next\n']);
    expect(commands.filter((c) => c === 'ls-remote')).toHaveLength(1);
    expect(commands.filter((c) => c === 'fetch')).toHaveLength(1);
    expect(cacheEntries(cacheDir)).toHaveLength(1);
    expect(events.filter((e) => e.phase === 'done').map((e) => e.source)).toEqual(specs.map((s) => s.id));
    expect(result.lock.sources.tag).toEqual({ repo: remote.url, ref: 'v1.0', branch: 'main', commit: tagged });
  });

  it('takes the default branch from the remote HEAD', async () => {
    const repo = TestRepo.create({ 'a.md': 'x' }, { branch: 'trunk' });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const { sources } = await fetchSources([makeSpec({ id: 'docs', repo: remote.url })], { cacheDir, projectDir: cacheDir });
    expect(sources[0]).toMatchObject({ status: 'synced', branch: 'trunk', commit: repo.head() });
  });

  it('gives the last commit, author date and author of each file from one history walk', async () => {
    const repo = TestRepo.create(
      { 'a.md': 'a1', 'b.md': 'b1', 'odd name:*.md': 'c1' },
      { date: '2024-03-01T10:00:00Z', author: { name: 'Ada Author', email: 'ada@example.org' } },
    );
    const first = repo.head();
    const second = repo.commit({ 'a.md': 'a2' }, { date: '2024-05-06T07:08:09Z', author: { name: 'Bo Builder', email: 'bo@example.org' } });
    repo.commit({ 'unrelated.txt': 'x' });
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const { sources } = await fetchSources([makeSpec({ id: 'docs', repo: remote.url })], { cacheDir, projectDir: cacheDir });

    const { result: history, commands } = await traceGitCommands(() =>
      sources[0]!.reader!.history(['a.md', 'b.md', 'odd name:*.md', 'missing.md']),
    );

    expect(Object.fromEntries(history)).toEqual({
      'a.md': { kind: 'commit', commit: second, date: '2024-05-06T07:08:09+00:00', author: 'Bo Builder' },
      'b.md': { kind: 'commit', commit: first, date: '2024-03-01T10:00:00+00:00', author: 'Ada Author' },
      'odd name:*.md': { kind: 'commit', commit: first, date: '2024-03-01T10:00:00+00:00', author: 'Ada Author' },
    });
    expect(commands).toEqual(['log']);
  });
});
