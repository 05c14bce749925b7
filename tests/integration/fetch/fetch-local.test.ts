import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { fetchSources } from '../../../src/fetch/index.js';
import { useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { TestRepo, makeTempDir, normaliseTempPaths, writeFiles } from '../../helpers/git-repo.js';
import { makeSpec } from '../../helpers/source-spec.js';

useIsolatedGit();

describe('local path sources', () => {
  it('reads the working tree as it is, with honest history for changed and untracked files', async () => {
    const project = makeTempDir();
    const repo = TestRepo.create(
      { 'docs/kept.md': 'kept\n', 'docs/edited.md': 'old\n', '.gitignore': 'ignored.md\n' },
      { dir: join(project, 'checkout'), date: '2024-02-03T04:05:06Z' },
    );
    repo.branch('feature');
    writeFiles(repo.dir, {
      'docs/edited.md': 'new, not committed\n',
      'docs/untracked.md': 'untracked\n',
      'docs/ignored.md': 'ignored but present\n',
      'docs/alias.md': { symlink: 'kept.md' },
      'node_modules/pkg/readme.md': 'never listed\n',
    });
    const spec = makeSpec({ id: 'local', path: 'checkout', repo: 'https://github.com/acme/docs' });

    const { sources, lock } = await fetchSources([spec], { cacheDir: join(project, '.cache'), projectDir: project });

    const [local] = sources;
    expect(local).toMatchObject({ status: 'synced', branch: 'feature' });
    expect(local!.commit).toBeUndefined();
    expect(lock).toEqual({ version: 1, sources: {} });
    const listing = await local!.reader!.listFiles();
    expect(listing.map(({ path, kind, size }) => [path, kind, size])).toEqual([
      ['.gitignore', 'file', 11],
      ['docs/alias.md', 'symlink', 7],
      ['docs/edited.md', 'file', 19],
      ['docs/ignored.md', 'file', 20],
      ['docs/kept.md', 'file', 5],
      ['docs/untracked.md', 'file', 10],
    ]);
    const contents = await local!.reader!.readFiles(['docs/edited.md', 'docs/alias.md', 'node_modules/pkg/readme.md', '../escape.md']);
    expect(Object.fromEntries([...contents].map(([p, b]) => [p, b.toString()]))).toEqual({
      'docs/edited.md': 'new, not committed\n',
      'docs/alias.md': 'kept.md',
    });
    const history = await local!.reader!.history(['docs/kept.md', 'docs/edited.md', 'docs/untracked.md', 'docs/ignored.md']);
    expect(Object.fromEntries(history)).toEqual({
      'docs/kept.md': { kind: 'commit', commit: repo.head(), date: '2024-02-03T04:05:06+00:00', author: 'Ada Author' },
      'docs/edited.md': { kind: 'uncommitted' },
      'docs/untracked.md': { kind: 'uncommitted' },
      'docs/ignored.md': { kind: 'uncommitted' },
    });
  });

  it('reads a sub-folder of a repository with paths relative to that folder', async () => {
    const repo = TestRepo.create({ 'docs/guide/a.md': 'a\n', 'docs/guide/b.md': 'b\n', 'src/x.ts': 'x' });
    writeFiles(repo.dir, { 'docs/guide/b.md': 'b changed\n' });
    const spec = makeSpec({ id: 'guide', path: 'docs', ref: 'release' });

    const { sources } = await fetchSources([spec], { cacheDir: makeTempDir(), projectDir: repo.dir });

    expect(sources[0]).toMatchObject({ status: 'synced', branch: 'release' });
    expect((await sources[0]!.reader!.listFiles()).map((e) => e.path)).toEqual(['guide/a.md', 'guide/b.md']);
    const history = await sources[0]!.reader!.history(['guide/a.md', 'guide/b.md']);
    expect(history.get('guide/a.md')).toMatchObject({ kind: 'commit', commit: repo.head() });
    expect(history.get('guide/b.md')).toEqual({ kind: 'uncommitted' });
  });

  it('treats a folder outside git as uncommitted, on branch main', async () => {
    const folder = makeTempDir();
    writeFileSync(join(folder, 'index.md'), '# Index\n');
    const { sources } = await fetchSources([makeSpec({ id: 'plain', path: folder })], { cacheDir: makeTempDir(), projectDir: '/' });

    expect(sources[0]).toMatchObject({ status: 'synced', branch: 'main' });
    expect(Object.fromEntries(await sources[0]!.reader!.history(['index.md']))).toEqual({ 'index.md': { kind: 'uncommitted' } });
  });

  it('fails with a hint when the path is missing or not a folder', async () => {
    const project = makeTempDir();
    mkdirSync(join(project, 'docs'));
    writeFileSync(join(project, 'docs', 'file.md'), 'x');
    const specs = [makeSpec({ id: 'missing', path: 'nowhere', repo: 'https://github.com/acme/docs' }), makeSpec({ id: 'file', path: 'docs/file.md', location: { line: 7, column: 5 } })];

    const { sources } = await fetchSources(specs, { cacheDir: makeTempDir(), projectDir: project, manifestFile: 'repos.yaml' });

    expect(sources.map((s) => s.status)).toEqual(['failed', 'failed']);
    expect(normaliseTempPaths(sources.map((s) => formatDiagnostic(s.error!)).join('\n'))).toMatchInlineSnapshot(`
      "missing (https://github.com/acme/docs) repos.yaml:1:3: error: local path nowhere does not exist (resolved to <tmp>/nowhere)
        hint: point \`path\` at an existing folder (a checkout of the repo), relative to the project folder, or remove \`path\` to fetch \`repo\` instead
      file repos.yaml:7:5: error: local path docs/file.md is not a folder (resolved to <tmp>/docs/file.md)
        hint: point \`path\` at an existing folder (a checkout of the repo), relative to the project folder"
    `);
  });
});
