import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../src/diagnostics/user-error.js';
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

  /** A source synced once, its reader at that commit listed again, and the pack holding the a.md blob deleted. */
  async function readerThatLostABlob() {
    const { remote, cacheDir } = publishDocs();
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    await readText(first.sources[0]!, ['a.md', 'b.md']); // fetched in one pack of their own
    const { sources } = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock });
    await sources[0]!.reader!.listFiles(); // the snapshot is listed while the blob is still there
    const packs = join(cacheDir, readdirSync(cacheDir)[0]!, 'objects', 'pack');
    const oid = execFileSync('git', ['hash-object', '--stdin'], { input: 'first\n', encoding: 'utf8' }).trim();
    const blobPack = readdirSync(packs).find((name) => name.endsWith('.idx') && execFileSync('git', ['show-index'], { input: readFileSync(join(packs, name)), encoding: 'utf8' }).includes(oid));
    for (const name of readdirSync(packs)) if (name.startsWith(blobPack!.replace(/\.idx$/, '.'))) rmSync(join(packs, name));
    return { remote, reader: sources[0]!.reader! };
  }

  it('fetches a blob the cache lost again from the remote', async () => {
    const { reader } = await readerThatLostABlob();
    const contents = await reader.readFiles(['a.md']);
    expect(contents.get('a.md')?.toString()).toBe('first\n');
  });

  it('fails the source with a message when a lost blob cannot be fetched again (never drops pages silently)', async () => {
    const { remote, reader } = await readerThatLostABlob();
    remote.remove();
    const failure = await reader.readFiles(['a.md', 'b.md']).catch((error: unknown) => error);
    expect(isUserError(failure) && failure.diagnostics[0]).toMatchObject({ code: 'fetch/content-unavailable', source: 'docs' });
  });


  it('packs a cache entry that many small fetches have left in many packs, and reads it as before', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`page-${i}.md`, `page ${i}\n`]));
    const { remote, cacheDir } = publishDocs(files);
    const spec = makeSpec({ id: 'docs', repo: remote.url });
    const first = await fetchSources([spec], { cacheDir, projectDir: cacheDir });
    for (const path of Object.keys(files)) await readText(first.sources[0]!, [path]); // one blob fetch, one pack each
    const packs = join(cacheDir, readdirSync(cacheDir)[0]!, 'objects', 'pack');
    const packCount = () => readdirSync(packs).filter((name) => name.endsWith('.pack')).length;
    expect(packCount()).toBeGreaterThan(60);

    const { sources } = await fetchSources([spec], { cacheDir, projectDir: cacheDir, lock: first.lock });

    expect(packCount()).toBeLessThan(5);
    expect(await readText(sources[0]!, Object.keys(files))).toEqual(files);
  });
});
