import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteGenerator } from '../../../src/pipeline/types.js';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { settleWorkingTree, UnchangedRunProject, withoutTiming } from './unchanged-run-project.js';

afterAll(removeTempDirs);

const MANIFEST = `sources:
  - id: guide
    repo: example-org/guide
    include: ["docs/*.md"]
    base: docs
    target: docs/guide
    label: Guide
  - id: api
    repo: example-org/api
    include: ["*.md"]
    target: docs/api
`;

/** Synced once: `guide` (two pages, one with a broken link) and `api` (one page). */
async function syncedProject() {
  const project = new UnchangedRunProject();
  const guide = TestRepo.create({ 'docs/a.md': '# A\n\nSee [B](b.md) and [gone](missing.md).\n', 'docs/b.md': '# B\n' });
  const guideRemote = project.github.publish('example-org/guide', guide);
  const apiRemote = project.github.publish('example-org/api', TestRepo.create({ 'index.md': '# API\n' }));
  project.writeManifest(MANIFEST);
  const first = await project.sync();
  expect(first.skipped).toBe(false);
  return { project, guide, guideRemote, apiRemote };
}

describe('a sync where nothing changed since the last one', () => {
  it('reads no source and writes nothing, and reports what a full sync of the same tree reports', async () => {
    const { project } = await syncedProject();
    const lock = project.lockText();

    const full = await project.sync({ needTree: true }); // the preview's sync: always collects
    const skipped = await project.sync();

    expect(full.skipped).toBe(false);
    expect(full.tree).toBeDefined();
    expect(skipped.skipped).toBe(true);
    expect(skipped.tree).toBeUndefined();
    // resolving each repo is all the git it takes: no tree listed, no file read
    expect(skipped.commands.sort()).toEqual(['ls-remote', 'ls-remote']);
    expect(withoutTiming(skipped.report)).toEqual(withoutTiming(full.report));
    expect(skipped.report.written).toEqual({ changed: 0, unchanged: 4, removed: 0 });
    expect(skipped.report.sources.map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
    expect(skipped.report.problems).toEqual([expect.objectContaining({ severity: 'warning', source: 'guide' })]);
    expect(skipped.diagnostics).toEqual(full.diagnostics);
    expect(project.lockText()).toBe(lock);
  });

  it('rebuilds after a new upstream commit', async () => {
    const { project, guide, guideRemote } = await syncedProject();
    guide.commit({ 'docs/b.md': '# B, second edition\n' });
    guideRemote.push(guide);

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(project.read('docs/guide/b.md')).toContain('second edition');
    expect((await project.sync()).skipped).toBe(true);
  });

  it('rebuilds after an edit of the manifest', async () => {
    const { project } = await syncedProject();
    project.writeManifest(MANIFEST.replace('label: Guide', 'label: User guide'));

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(JSON.parse(project.read('docs/guide/_category_.json'))).toEqual({ label: 'User guide' });
  });

  it('rebuilds when a written file was deleted or changed, and restores it', async () => {
    const { project } = await syncedProject();
    const page = project.read('docs/guide/b.md');
    rmSync(join(project.dir, 'content', 'docs/api/index.md'));

    expect((await project.sync()).skipped).toBe(false);
    expect(project.read('docs/api/index.md')).toContain('# API');

    project.write('docs/guide/b.md', page.replace('# B', '# b')); // same size: only the content tells
    expect((await project.sync()).skipped).toBe(false);
    expect(project.read('docs/guide/b.md')).toBe(page);
    expect((await project.sync()).skipped).toBe(true);
  });

  it('keeps rebuilding while a source fails, and skips again once it is back', async () => {
    const { project, apiRemote } = await syncedProject();
    const remoteDir = apiRemote.dir;
    const kept = readFileSync(join(remoteDir, 'HEAD'));
    rmSync(join(remoteDir, 'HEAD')); // not a repository any more: ls-remote fails

    const stale = await project.sync();
    const again = await project.sync();

    expect(stale.skipped).toBe(false);
    expect(stale.report.sources.map((s) => s.status)).toEqual(['unchanged', 'stale']);
    expect(again.skipped).toBe(false);
    writeFileSync(join(remoteDir, 'HEAD'), kept);
    expect((await project.sync()).skipped).toBe(false); // the stale runs left no record: one full run first
    expect((await project.sync()).skipped).toBe(true);
  });

  it('rebuilds on a new day when pages are generated (they may depend on the date)', async () => {
    const project = new UnchangedRunProject();
    project.github.publish('example-org/guide', TestRepo.create({ 'docs/a.md': '# A\n' }));
    project.writeManifest(MANIFEST.split('  - id: api')[0]!);
    project.generators = [datedGenerator];
    await project.sync({}, new Date('2025-03-01T08:00:00Z'));

    const laterThatDay = await project.sync({}, new Date('2025-03-01T23:59:00Z'));
    const nextDay = await project.sync({}, new Date('2025-03-02T00:01:00Z'));

    expect(laterThatDay.skipped).toBe(true);
    expect(nextDay.skipped).toBe(false);
    expect(project.read('docs/status.md')).toContain('as of 2025-03-02');
  });

  it('always collects when the caller needs the tree', async () => {
    const { project } = await syncedProject();
    const run = await project.sync({ needTree: true });
    expect(run.skipped).toBe(false);
    expect(run.tree?.collected.map((c) => c.fetched.spec.id)).toEqual(['guide', 'api']);
  });
});

describe('a source read from a working tree', () => {
  const LOCAL = `sources:
  - id: site
    path: checkout
    include: ["docs/*.md"]
    base: docs
    target: docs/site
`;

  async function localProject() {
    const project = new UnchangedRunProject();
    const checkout = TestRepo.create({ 'docs/a.md': '# A\n', 'docs/b.md': '# B\n' }, { dir: join(project.dir, 'checkout') });
    project.writeManifest(LOCAL);
    settleWorkingTree(checkout);
    expect((await project.sync()).skipped).toBe(false);
    return { project, checkout };
  }

  it('is skipped while the working tree is as it was', async () => {
    const { project } = await localProject();
    const run = await project.sync();
    expect(run.skipped).toBe(true);
    expect(run.commands).toEqual(['rev-parse', 'ls-files']);
    expect(run.report.sources[0]).toMatchObject({ id: 'site', status: 'synced', commit: null });
  });

  it('is rebuilt after a file was edited, even when it was edited moments ago', async () => {
    const { project, checkout } = await localProject();
    writeFileSync(join(checkout.dir, 'docs/b.md'), '# B, edited\n');

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(project.read('docs/site/b.md')).toContain('edited');
  });

  it('is rebuilt after a commit, which changes no file but the pages\' last change', async () => {
    const { project, checkout } = await localProject();
    writeFileSync(join(checkout.dir, 'docs/c.md'), '# C\n');
    settleWorkingTree(checkout);
    expect((await project.sync()).skipped).toBe(false);
    expect((await project.sync()).skipped).toBe(true);
    expect(project.read('docs/site/c.md')).toContain('uncommitted changes');

    checkout.commit({}); // commits c.md as it is: no file in the working tree changes

    expect((await project.sync()).skipped).toBe(false);
    expect(project.read('docs/site/c.md')).toContain('Ada Author');
    expect((await project.sync()).skipped).toBe(true);
  });
});

describe('a manifest like the project\'s own: its pages read from its working tree, the rest fetched', () => {
  // as in repos.yaml: the site's own pages come from `docs/` of the project's checkout
  const OWN_PAGES = `sources:
  - id: site
    path: docs
    repo: https://github.com/example-org/site
    ref: main
    include: ["**/*"]
    target: .
    trusted: true
  - id: api
    repo: example-org/api
    include: ["*.md"]
    target: docs/api
`;

  /** A fresh checkout of the project (its index not yet refreshed by git), synced once. */
  async function checkedOutProject() {
    const project = new UnchangedRunProject();
    project.github.publish('example-org/api', TestRepo.create({ 'index.md': '# API\n' }));
    project.writeManifest(OWN_PAGES);
    const files = {
      '.gitignore': '/content/\n/.cache/\n/repos.lock\n',
      'README.md': '# The site\n',
      'docs/docs/intro.md': '# Intro\n\nSee [setup](setup.md).\n',
      'docs/docs/setup.md': '# Setup\n',
    };
    const checkout = TestRepo.create(files, { dir: project.dir });
    settleWorkingTree(checkout);
    expect((await project.sync()).skipped).toBe(false);
    return { project, checkout };
  }

  it('is skipped from the second sync on, reading no file of the working tree', async () => {
    const { project } = await checkedOutProject();

    const second = await project.sync();
    const third = await project.sync();

    expect(second.skipped).toBe(true);
    expect(third.skipped).toBe(true);
    // the working tree is fingerprinted, not read (no history, no status): two git commands besides resolving the repo
    expect(third.commands.sort()).toEqual(['ls-files', 'ls-remote', 'rev-parse']);
    expect(second.report.sources.map((s) => [s.id, s.files.length])).toEqual([['site', 2], ['api', 1]]);
  });

  it('stays skipped when git rewrites the index for changes outside the folder', async () => {
    const { project, checkout } = await checkedOutProject();
    writeFileSync(join(checkout.dir, 'README.md'), '# The site, staged\n');
    checkout.git('add', 'README.md');

    expect((await project.sync()).skipped).toBe(true);
  });

  it('is rebuilt after a file in the folder was edited', async () => {
    const { project, checkout } = await checkedOutProject();
    writeFileSync(join(checkout.dir, 'docs/docs/setup.md'), '# Setup, edited\n');

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(project.read('docs/setup.md')).toContain('Setup, edited');
  });

  it('is rebuilt after a file was added to the folder', async () => {
    const { project, checkout } = await checkedOutProject();
    writeFileSync(join(checkout.dir, 'docs/docs/faq.md'), '# FAQ\n');

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(project.read('docs/faq.md')).toContain('# FAQ');
  });

  it('is rebuilt after a file was deleted from the folder', async () => {
    const { project, checkout } = await checkedOutProject();
    rmSync(join(checkout.dir, 'docs/docs/setup.md'));

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(existsSync(join(project.dir, 'content', 'docs/setup.md'))).toBe(false);
    expect(run.report.sources.find((s) => s.id === 'site')?.files.map((f) => f.to)).toEqual(['content/docs/intro.md']);
  });
});

/** A page that says which day it was made: its content depends on the date of the build. */
const datedGenerator: SiteGenerator = {
  name: 'dated-pages',
  inputs: ['guide'],
  generate: ({ files, now }) => ({
    files: [{ to: 'docs/status.md', content: Buffer.from(`# Status\n\n${files.length} pages as of ${now.toISOString().slice(0, 10)}\n`) }],
    diagnostics: [],
  }),
};
