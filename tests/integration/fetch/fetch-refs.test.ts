import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchSources, type FetchProgressEvent } from '../../../src/fetch/index.js';
import { readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { TestRemote, TestRepo, makeTempDir, traceGitCommands } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

useIsolatedGit();

describe('refs and history', () => {
  it('resolves branches, annotated and lightweight tags and commit ids, resolving and fetching the repo once', async () => {
    const repo = TestRepo.create({ 'v.md': 'old\n' });
    const old = repo.head();
    const tagged = repo.commit({ 'v.md': 'tagged\n' });
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
      makeSpec({ id: 'old', repo: remote.url, ref: old }),
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
      ['old', 'synced', old, 'main'],
    ]);
    const texts = await Promise.all(result.sources.map((s) => readText(s, ['v.md'])));
    expect(texts.map((t) => t['v.md'])).toEqual(['main\n', 'next\n', 'tagged\n', 'tagged\n', 'next\n', 'old\n']);
    expect(commands.filter((c) => c === 'ls-remote')).toHaveLength(1);
    expect(commands.filter((c) => c === 'fetch')).toHaveLength(1);
    expect(readdirSync(cacheDir)).toHaveLength(1);
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
