import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSources, type FetchProgressEvent } from '../../../src/fetch/index.js';
import { useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { FakeGitHub, TestRepo, makeTempDir } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

const github = new FakeGitHub();
const TOKEN = 's3cr3t-t0ken';
useIsolatedGit(() => github.env(`https://x-access-token:${TOKEN}@github.com/`));

/** Every file below `dir` (names and contents) as one string. */
function dumpTree(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return entry.isFile() ? `${path}\n${readFileSync(path, 'latin1')}` : path;
    })
    .join('\n');
}

describe('GitHub URLs', () => {
  it('follows url.<base>.insteadOf from the environment for https://github.com/OWNER/NAME', async () => {
    const repo = TestRepo.create({ 'Standards/scs-0001.md': '# Sovereignty\n' });
    github.publish('SovereignCloudStack/standards', repo);
    const cacheDir = makeTempDir();

    const { sources, lock } = await fetchSources([makeSpec({ id: 'standards', repo: 'https://github.com/SovereignCloudStack/standards' })], {
      cacheDir,
      projectDir: cacheDir,
    });

    expect(sources[0]).toMatchObject({ status: 'synced', commit: repo.head(), branch: 'main' });
    const contents = await sources[0]!.reader!.readFiles(['Standards/scs-0001.md']);
    expect(contents.get('Standards/scs-0001.md')?.toString()).toBe('# Sovereignty\n');
    expect(lock.sources.standards!.repo).toBe('https://github.com/SovereignCloudStack/standards');
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^sovereigncloudstack-standards-[0-9a-f]{12}\.git$/)]);
  });

  it('never writes credentials from a URL into the lock, diagnostics, progress or cache folder names', async () => {
    const repo = TestRepo.create({ 'a.md': 'private\n' });
    github.publish('acme/private-docs', repo);
    const cacheDir = makeTempDir();
    const events: FetchProgressEvent[] = [];
    const specs = [
      makeSpec({ id: 'private', repo: `https://x-access-token:${TOKEN}@github.com/acme/private-docs` }),
      makeSpec({ id: 'private-gone', repo: `https://x-access-token:${TOKEN}@github.com/acme/deleted` }),
      makeSpec({ id: 'private-bad-ref', repo: `https://x-access-token:${TOKEN}@github.com/acme/private-docs`, ref: 'nope' }),
    ];

    const { sources, lock } = await fetchSources(specs, { cacheDir, projectDir: cacheDir, onProgress: (e) => events.push(e) });

    expect(sources.map((s) => s.status)).toEqual(['synced', 'failed', 'failed']);
    expect(lock.sources.private!.repo).toBe('https://github.com/acme/private-docs');
    const visible = JSON.stringify({ lock, errors: sources.map((s) => s.error), events });
    expect(visible).toContain('https://github.com/acme/deleted');
    expect(visible).not.toContain(TOKEN);
    expect(readdirSync(cacheDir).join('\n')).not.toContain(TOKEN);
    expect(dumpTree(cacheDir)).not.toContain(TOKEN);
  });
});
