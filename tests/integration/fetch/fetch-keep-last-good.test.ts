import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { fetchSources, type FetchedSource, type FetchProgressEvent } from '../../../src/fetch/index.js';
import { publishDocs, readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { TestRemote, TestRepo, makeTempDir, normaliseTempPaths } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

function printed(source: FetchedSource): string {
  return normaliseTempPaths(formatDiagnostic(source.error!));
}

useIsolatedGit();

describe('keep-last-good', () => {
  it('builds the locked commit from the cache when the remote is gone, after one retry', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    await first.sources[0]!.reader!.readFiles(['a.md']);
    remote.remove();
    const events: FetchProgressEvent[] = [];

    const later = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock, onProgress: (e) => events.push(e), manifestFile: 'repos.yaml' });

    const [docs] = later.sources;
    expect(docs).toMatchObject({ status: 'stale', commit: repo.head(), branch: 'main' });
    expect(events.map((e) => e.phase)).toEqual(['resolve', 'retry', 'done']);
    expect(await readText(docs!, ['a.md'])).toEqual({ 'a.md': 'first\n' });
    const unfetched = await docs!.reader!.readFiles(['b.md']).catch((error: unknown) => error);
    expect(isUserError(unfetched) && unfetched.diagnostics[0]!.code).toBe('fetch/content-unavailable');
    expect(later.lock).toEqual(first.lock);
    expect(printed(docs!).replaceAll(repo.head().slice(0, 7), '<commit>')).toMatchInlineSnapshot(`
      "docs (file://<tmp>/remote.git @<commit>) repos.yaml:1:3: warning: cannot list the refs of file://<tmp>/remote.git: fatal: '<tmp>/remote.git' does not appear to be a git repository; building the last good commit <commit> from repos.lock
        hint: check the repo URL, your network and credentials, or point the sync at a reachable mirror with git config url.<mirror>.insteadOf <url>"
    `);
  });

  it('fails without a usable locked commit', async () => {
    const { remote } = publishDocs();
    remote.remove();
    const cacheDir = makeTempDir();
    const { sources, lock } = await fetchSources([makeSpec({ id: 'docs', repo: remote.url })], { cacheDir, projectDir: cacheDir });

    expect(sources[0]).toMatchObject({ status: 'failed' });
    expect(sources[0]!.reader).toBeUndefined();
    expect(lock).toEqual({ version: 1, sources: {} });
    expect(printed(sources[0]!)).toMatchInlineSnapshot(`
      "docs (file://<tmp>/remote.git): error: cannot list the refs of file://<tmp>/remote.git: fatal: '<tmp>/remote.git' does not appear to be a git repository
        hint: check the repo URL, your network and credentials, or point the sync at a reachable mirror with git config url.<mirror>.insteadOf <url>"
    `);
  });

  it('keeps the locked commit when the ref was deleted upstream, and suggests close names', async () => {
    const repo = TestRepo.create({ 'a.md': 'main\n' });
    repo.branch('release-1');
    const released = repo.commit({ 'a.md': 'release\n' });
    repo.branch('release-2');
    repo.checkout('main');
    const remote = TestRemote.fromRepo(repo);
    const cacheDir = makeTempDir();
    const spec = makeSpec({ id: 'rel', repo: remote.url, ref: 'release-1' });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    remote.deleteRef('refs/heads/release-1');

    const later = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock });

    expect(later.sources[0]).toMatchObject({ status: 'stale', commit: released, branch: 'release-1' });
    expect(later.sources[0]!.error).toMatchObject({ severity: 'warning', code: 'fetch/ref-not-found', source: 'rel' });
    expect(printed(later.sources[0]!).replaceAll(released.slice(0, 7), '<commit>')).toMatchInlineSnapshot(`
      "rel (file://<tmp>/remote.git @<commit>): warning: ref "release-1" does not exist in file://<tmp>/remote.git (did you mean "release-2"?); building the last good commit <commit> from repos.lock
        hint: check the ref exists upstream (branch, tag or full commit id), or point the sync at a reachable mirror with git config url.<mirror>.insteadOf <url>"
    `);
  });

  it('explains that abbreviated commit ids cannot be fetched', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const { sources } = await fetchSources([makeSpec({ id: 'docs', repo: remote.url, ref: repo.head().slice(0, 10) })], { cacheDir, projectDir: cacheDir });
    expect(printed(sources[0]!).replace(repo.head().slice(0, 10), '<short>')).toMatchInlineSnapshot(`
      "docs (file://<tmp>/remote.git): error: ref "<short>" is neither a branch nor a tag of file://<tmp>/remote.git, and abbreviated commit ids cannot be fetched
        hint: write the full 40-character commit id as \`ref\`"
    `);
  });
});
