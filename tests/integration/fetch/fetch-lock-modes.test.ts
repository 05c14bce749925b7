import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { fetchSources, type FetchedSource } from '../../../src/fetch/index.js';
import { publishDocs, readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { makeTempDir, normaliseTempPaths, traceGitCommands } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

function printed(source: FetchedSource): string {
  return normaliseTempPaths(formatDiagnostic(source.error!));
}

useIsolatedGit();

describe('frozen and offline', () => {
  it('builds exactly the locked commits, fetching them by id into an empty cache', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const locked = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    const lockedCommit = repo.head();
    repo.commit({ 'a.md': 'moved on\n' });
    remote.push(repo);
    const freshCache = makeTempDir();

    const { sources, lock } = await fetchSources([spec], { cacheDir: freshCache, projectDir: freshCache, lock: locked.lock, frozen: true });

    expect(sources[0]).toMatchObject({ status: 'unchanged', commit: lockedCommit, branch: 'main' });
    expect(await readText(sources[0]!, ['a.md'])).toEqual({ 'a.md': 'first\n' });
    expect(lock).toEqual(locked.lock);
  });

  it('finds a locked commit that is an ancestor of a newer cached one without fetching', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const locked = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    repo.commit({ 'a.md': 'moved on\n' });
    remote.push(repo);
    await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: locked.lock });

    const { result, commands } = await traceGitCommands(() =>
      fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: locked.lock, frozen: true }),
    );

    expect(result.sources[0]).toMatchObject({ status: 'unchanged', commit: locked.sources[0]!.commit });
    expect(commands).not.toContain('fetch');
    expect(commands).not.toContain('ls-remote');
    expect(await readText(result.sources[0]!, ['a.md'])).toEqual({ 'a.md': 'first\n' });
  });

  it('fails a source the lock does not cover, or covers for another ref', async () => {
    const { remote, cacheDir } = publishDocs();
    const locked = await fetchSources([makeSpec({ id: 'docs', repo: remote.url })], { cacheDir, projectDir: cacheDir });
    const specs = [makeSpec({ id: 'docs', repo: remote.url, ref: 'v2' }), makeSpec({ id: 'new', repo: remote.url })];

    const { sources } = await fetchSources(specs, { cacheDir, projectDir: cacheDir, lock: locked.lock, frozen: true, manifestFile: 'repos.yaml' });

    expect(sources.map((s) => s.status)).toEqual(['failed', 'failed']);
    expect(sources.map(printed).join('\n')).toMatchInlineSnapshot(`
      "docs (file://<tmp>/remote.git) repos.yaml:1:3: error: cannot build source with --frozen: its repos.lock entry is for file://<tmp>/remote.git, not file://<tmp>/remote.git @ v2
        hint: run the sync without --frozen to update repos.lock, and commit the lock
      new (file://<tmp>/remote.git) repos.yaml:1:3: error: cannot build source with --frozen: it has no repos.lock entry
        hint: run the sync without --frozen to update repos.lock, and commit the lock"
    `);
  });

  it('never touches the network and reads the locked commit from the cache', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    await first.sources[0]!.reader!.readFiles(['a.md']);
    repo.commit({ 'a.md': 'upstream moved\n' });
    remote.push(repo);

    const { result, commands } = await traceGitCommands(() =>
      fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock, offline: true }),
    );

    expect(result.sources[0]).toMatchObject({ status: 'unchanged', commit: first.sources[0]!.commit });
    expect(commands).not.toContain('ls-remote');
    expect(commands).not.toContain('fetch');
    expect(await readText(result.sources[0]!, ['a.md'])).toEqual({ 'a.md': 'first\n' });
    const unread = await result.sources[0]!.reader!.readFiles(['b.md']).catch((error: unknown) => error);
    expect(isUserError(unread)).toBe(true);
    const short = first.sources[0]!.commit!.slice(0, 7);
    expect(isUserError(unread) && normaliseTempPaths(formatDiagnostic(unread.diagnostics[0]!)).replaceAll(short, '<commit>')).toMatchInlineSnapshot(`
      "docs (file://<tmp>/remote.git @<commit>): error: 1 file(s) of commit <commit> are not in the cache and --offline forbids fetching them
        hint: run the sync once without --offline to fill the cache"
    `);
  });

  it('fails a locked source whose commit is not in the cache', async () => {
    const { remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    const emptyCache = makeTempDir();

    const { sources } = await fetchSources([spec], { cacheDir: emptyCache, projectDir: emptyCache, lock: first.lock, offline: true });

    expect(sources[0]!.status).toBe('failed');
    expect(sources[0]!.error).toMatchObject({ code: 'fetch/not-cached', severity: 'error' });
  });
});
