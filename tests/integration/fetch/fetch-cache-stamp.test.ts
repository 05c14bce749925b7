import { readdirSync, rmSync, statSync, truncateSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSources } from '../../../src/fetch/index.js';
import type { FetchOptions, FetchProgressEvent } from '../../../src/fetch/types.js';
import { publishDocs, readText, useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { traceGitCommands } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

useIsolatedGit();

const DAMAGED = 'the cache entry is damaged (objects missing): cloning it again';

/**
 * A source fetched twice: a clone, then a sync without upstream changes that checks the cache entry in full.
 * In between, the entry's files are made a minute old: a store changed within the last clock tick is not stamped.
 */
async function checkedCache() {
  const { repo, remote, cacheDir } = publishDocs();
  const spec = makeSpec({ id: 'docs', repo: remote.url });
  const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
  const entry = join(cacheDir, readdirSync(cacheDir)[0]!);
  ageTree(entry);
  const options: FetchOptions = { cacheDir, projectDir: cacheDir, lock: first.lock };
  await fetchSources([spec], options);
  return { repo, spec, options, packs: join(entry, 'objects', 'pack') };
}

function ageTree(dir: string): void {
  const minuteAgo = new Date(Date.now() - 60_000);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) utimesSync(join(entry.parentPath, entry.name), minuteAgo, minuteAgo);
}

async function fetchWatchingRepairs(spec: ReturnType<typeof makeSpec>, options: FetchOptions) {
  const events: FetchProgressEvent[] = [];
  const result = await fetchSources([spec], { ...options, onProgress: (e) => events.push(e) });
  return { source: result.sources[0]!, repairs: events.filter((e) => e.phase === 'retry').map((e) => e.detail) };
}

describe('a cache entry checked once', () => {
  it('costs no git process but resolving the remote while nothing changed', async () => {
    const { repo, spec, options } = await checkedCache();

    const { result, commands } = await traceGitCommands(() => fetchSources([spec], options));

    expect(commands.filter((c) => c !== 'upload-pack')).toEqual(['ls-remote']);
    expect(result.sources[0]).toMatchObject({ status: 'unchanged', commit: repo.head() });
    expect(await readText(result.sources[0]!, ['a.md'])).toEqual({ 'a.md': 'first\n' });
  });

  it('is still found damaged, and cloned again, when its packs are deleted afterwards', async () => {
    const { repo, spec, options, packs } = await checkedCache();
    for (const file of readdirSync(packs)) rmSync(join(packs, file));

    const { source, repairs } = await fetchWatchingRepairs(spec, options);

    expect(repairs).toEqual([DAMAGED]);
    expect(source).toMatchObject({ status: 'unchanged', commit: repo.head() });
    expect(await readText(source, ['b.md'])).toEqual({ 'b.md': 'bee\n' });
  });

  it('is still found damaged when a pack is cut short afterwards (a half-copied cache)', async () => {
    const { spec, options, packs } = await checkedCache();
    const pack = join(packs, readdirSync(packs).find((name) => name.endsWith('.pack'))!);
    truncateSync(pack, Math.floor(statSync(pack).size / 2));

    const { source, repairs } = await fetchWatchingRepairs(spec, options);

    expect(repairs).toEqual([DAMAGED]);
    expect(await readText(source, ['a.md'])).toEqual({ 'a.md': 'first\n' });
  });
});
