import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPresentObjects, removeTempDirs, TestRepo, type TestRemote } from '../../helpers/git-repo.js';
import { SyncProject, type SyncRun } from './sync-harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082', 'hex');
const BIG_UNRELATED = Buffer.alloc(256 * 1024, 7);

const MANIFEST = `
sources:
  - id: alpha
    repo: example-org/alpha
    include: ["docs/**/*.md"]
    base: docs
    target: docs/alpha
    label: Alpha guide
    position: 2
  - id: beta
    repo: https://github.com/example-org/beta
    ref: v1.0
    include: ["guide/*.md"]
    base: guide
    target: user-docs/beta
`;

describe('sync of two upstream repos (first clone, then a fetch that brings changes)', () => {
  const project = new SyncProject();
  let alpha: TestRepo;
  let alphaRemote: TestRemote;
  let beta: TestRepo;
  let first: SyncRun;
  let second: SyncRun;
  let betaMtime: number;
  let filesAfterFirst: string[];
  let firstOverview: string;
  let firstAlphaCommit: string;

  beforeAll(async () => {
    alpha = TestRepo.create({
      'README.md': '# Alpha\n',
      'CONTRIBUTING.md': '# Contributing\n',
      'src/main.go': 'package main\n',
      'assets/big.bin': BIG_UNRELATED,
      'docs/overview.md': [
        '# Alpha overview',
        '',
        '![Architecture](images/arch.png)',
        '',
        'Read the [setup guide](https://github.com/example-org/beta/blob/v1.0/guide/setup.md#install) first,',
        'see [how to contribute](../CONTRIBUTING.md) and [the sources](../src/).',
        '',
        '> [!NOTE]',
        '> Alpha is a demo.',
        '',
        '## Architecture',
        '',
      ].join('\n'),
      'docs/images/arch.png': PNG,
      'docs/how-to/deploy.md': '# Deploy\n\nStart with the [architecture](../overview.md#architecture).\n',
    });
    alphaRemote = project.github.publish('example-org/alpha', alpha);
    beta = TestRepo.create({ 'guide/setup.md': '---\ntitle: Setup\n---\n\n## Install\n\nRun it.\n', 'guide/README.md': '# Beta guide\n' });
    beta.tag('v1.0');
    project.github.publish('example-org/beta', beta);
    project.writeManifest(MANIFEST);
    first = await project.sync();
    filesAfterFirst = project.contentFiles();
    firstOverview = project.read('docs/alpha/overview.md');
    firstAlphaCommit = alpha.head();
    betaMtime = statSync(join(project.dir, 'content/user-docs/beta/setup.md')).mtimeMs;

    alpha.commit(
      {
        'docs/how-to/deploy.md': null,
        'docs/deploy.md': '# Deploy\n\nStart with the [architecture](overview.md#architecture).\n',
        'docs/overview.md': '# Alpha overview\n\nNow [deploy](deploy.md).\n\n## Architecture\n',
      },
      { message: 'move deploy guide, drop the image' },
    );
    alphaRemote.push(alpha);
    beta.commit({ 'guide/setup.md': '## Install\n\nChanged after the tag.\n' });
    project.github.publish('example-org/beta', beta);
    second = await project.sync();
  }, 120_000);

  afterAll(removeTempDirs);

  it('writes exactly the selected docs, the images they use and the sidebar metadata', () => {
    expect(first.exitCode, first.output).toBe(0);
    expect(filesAfterFirst).toEqual([
      'docs/alpha/_category_.json',
      'docs/alpha/how-to/deploy.md',
      'docs/alpha/images/arch.png',
      'docs/alpha/overview.md',
      'user-docs/beta/index.md',
      'user-docs/beta/setup.md',
    ]);
    expect(JSON.parse(project.read('docs/alpha/_category_.json'))).toEqual({ label: 'Alpha guide', position: 2 });
  });

  it('reports each source with its files, upstream path to written path', () => {
    const alphaReport = first.report!.sources.find((s) => s.id === 'alpha')!;
    expect(alphaReport).toMatchObject({ repo: 'https://github.com/example-org/alpha', status: 'synced', error: null });
    expect(alphaReport.files).toContainEqual(expect.objectContaining({ from: 'docs/images/arch.png', to: 'content/docs/alpha/images/arch.png' }));
    expect(first.report!.sources.map((s) => s.status)).toEqual(['synced', 'synced']);
  });

  it('rewrote links on the first sync: across repos and sections, to files not imported, alerts', () => {
    const overview = firstOverview;
    expect(overview).toContain('![Architecture](images/arch.png)');
    expect(overview).toContain('[setup guide](/user-docs/beta/setup#install)');
    expect(overview).toContain(`[how to contribute](https://github.com/example-org/alpha/blob/${firstAlphaCommit}/CONTRIBUTING.md)`);
    expect(overview).toContain(`[the sources](https://github.com/example-org/alpha/tree/${firstAlphaCommit}/src)`);
    expect(overview).toContain(':::note\nAlpha is a demo.\n:::');
  });

  it('moves a renamed file and removes its old place, its empty folder and the image no longer used', () => {
    expect(second.exitCode, second.output).toBe(0);
    expect(project.contentFiles()).toEqual([
      'docs/alpha/_category_.json',
      'docs/alpha/deploy.md',
      'docs/alpha/overview.md',
      'user-docs/beta/index.md',
      'user-docs/beta/setup.md',
    ]);
    expect(project.page('docs/alpha/deploy.md').content).toContain('[architecture](overview.md#architecture)');
    expect(project.page('docs/alpha/overview.md').content).toContain('Now [deploy](deploy.md).');
  });

  it('keeps a tag ref where it is and does not rewrite unchanged files', () => {
    const beta = second.report!.sources.find((s) => s.id === 'beta')!;
    expect(beta.status).toBe('unchanged');
    expect(project.page('user-docs/beta/setup.md').content).toContain('Run it.');
    expect(statSync(join(project.dir, 'content/user-docs/beta/setup.md')).mtimeMs).toBe(betaMtime);
  });

  it('records the resolved commits in repos.lock', () => {
    const lock = project.lock();
    expect(lock.sources.alpha!.commit).toBe(alpha.head());
    expect(lock.sources.beta!.commit).toBe(beta.head('v1.0'));
  });

  it('adds edit link, provenance and last update from upstream history', () => {
    const { data } = project.page('docs/alpha/overview.md');
    expect(data.custom_edit_url).toBe('https://github.com/example-org/alpha/edit/main/docs/overview.md');
    expect(data.source).toEqual({ id: 'alpha', repo: 'https://github.com/example-org/alpha', path: 'docs/overview.md', commit: alpha.head() });
    const lastChange = alpha.git('log', '-1', '--format=%aI', '--', 'docs/overview.md');
    expect(data.last_update).toEqual({ date: new Date(lastChange), author: 'Ada Author' });
  });

  it('fetches only the blobs the docs need (the big unrelated file never arrives)', () => {
    const bigBlob = alpha.git('rev-parse', 'HEAD:assets/big.bin');
    const entries = readdirSync(join(project.dir, '.cache/repos')).filter((name: string) => name.includes('alpha'));
    expect(entries).toHaveLength(1);
    expect(listPresentObjects(join(project.dir, '.cache/repos', entries[0]!)).has(bigBlob)).toBe(false);
  });
});
