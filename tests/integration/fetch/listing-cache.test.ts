import { describe, expect, it } from 'vitest';
import { fetchSources } from '../../../src/fetch/index.js';
import { publishDocs, readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { traceGitCommands } from '../../helpers/git-env.js';
import { makeSpec } from '../../helpers/source-spec.js';

useIsolatedGit();

describe('the files of a cached commit', () => {
  it('are listed again without asking git, with what the cache holds of them', async () => {
    const { remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    expect((await first.sources[0]!.reader!.listFiles()).map((entry) => [entry.path, entry.size])).toEqual([['a.md', -1], ['b.md', -1]]);
    await first.sources[0]!.reader!.readFiles(['a.md']); // fetches the blob of a.md into the cache

    const again = await traceGitCommands(async () => {
      const { sources } = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock, offline: true });
      return sources[0]!.reader!.listFiles();
    });
    // listed once more after the fetch (a.md's size is known now), then kept
    expect(again.result.map((entry) => [entry.path, entry.size])).toEqual([['a.md', 6], ['b.md', -1]]);
    expect(again.commands).toContain('ls-tree');

    const third = await traceGitCommands(async () => {
      const { sources } = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock, offline: true });
      return { files: await sources[0]!.reader!.listFiles(), text: await readText(sources[0]!, ['a.md']) };
    });
    expect(third.result.files.map((entry) => [entry.path, entry.size])).toEqual([['a.md', 6], ['b.md', -1]]);
    expect(third.result.text).toEqual({ 'a.md': 'first\n' });
    expect(third.commands).not.toContain('ls-tree');
    expect(third.commands).not.toContain('rev-list');
  });
});
