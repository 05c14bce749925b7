import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSources } from '../../../src/fetch/index.js';
import { publishDocs, readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { traceGitCommands } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

useIsolatedGit();

describe('cache repair', () => {
  it('re-clones a cache folder left without its marker by an interrupted clone', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    const [entry] = readdirSync(cacheDir);
    rmSync(join(cacheDir, entry!, 'scs-cache.json'));
    writeFileSync(join(cacheDir, entry!, 'half-written'), 'x');

    const { result, commands } = await traceGitCommands(() => fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock }));

    expect(result.sources[0]).toMatchObject({ status: 'unchanged', commit: repo.head() });
    expect(commands).toContain('init');
    expect(await readText(result.sources[0]!, ['a.md'])).toEqual({ 'a.md': 'first\n' });
    expect(existsSync(join(cacheDir, entry!, 'scs-cache.json'))).toBe(true);
    expect(existsSync(join(cacheDir, entry!, 'half-written'))).toBe(false);
  });

  it('re-clones a cache folder that is not a git repository', async () => {
    const { repo, remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    const [entry] = readdirSync(cacheDir);
    rmSync(join(cacheDir, entry!, 'objects'), { recursive: true });

    const { sources } = await fetchSources([spec], { cacheDir, projectDir: cacheDir });

    expect(sources[0]).toMatchObject({ status: 'synced', commit: repo.head() });
    expect(await readText(sources[0]!, ['b.md'])).toEqual({ 'b.md': 'bee\n' });
  });
});
