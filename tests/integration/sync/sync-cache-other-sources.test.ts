import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TransformInput } from '../../../src/transform/types.js';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject, type SyncRun } from './sync-harness.js';

/** Every doc the sync really transformed (not taken from the cache), as `source:upstream path`. */
const transformed = vi.hoisted(() => [] as string[]);

vi.mock('../../../src/transform/transform-doc.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/transform/transform-doc.js')>();
  return {
    ...actual,
    transformDoc: (input: TransformInput) => {
      transformed.push(`${input.source.id}:${input.doc.from}`);
      return actual.transformDoc(input);
    },
  };
});

afterAll(removeTempDirs);

const MANIFEST = `sources:
  - id: alpha
    repo: example-org/alpha
    include: ["docs/*.md"]
    base: docs
    target: docs/alpha
  - id: alpha-api
    repo: example-org/alpha
    include: ["api/*.md"]
    base: api
    target: docs/alpha-api
  - id: beta
    repo: example-org/beta
    include: ["docs/*.md"]
    base: docs
    target: docs/beta
`;

const ALPHA = 'https://github.com/example-org/alpha/blob/main';

describe('a sync after one new commit in one source', () => {
  const project = new SyncProject();
  let alpha: TestRepo;
  let beta: TestRepo;
  let pagesBefore: Map<string, string>;
  let second: SyncRun;
  let newCommit: string;

  beforeAll(async () => {
    alpha = TestRepo.create({
      'docs/setup.md': '# Setup\n\n## Install\n\nRun it.\n',
      'docs/old.md': '# Old\n',
      'docs/intro.md': '# Intro\n',
      'api/usage.md': '# Usage\n\nSee [the tools](../tools/README.md).\n',
      'tools/README.md': '# Tools\n',
    });
    const alphaRemote = project.github.publish('example-org/alpha', alpha);
    const firstCommit = alpha.head();
    beta = TestRepo.create({
      'docs/plain.md': '# Plain\n\nSee [the guide](guide.md#steps).\n',
      'docs/guide.md': '# Guide\n\n## Steps\n',
      'docs/overview.md': `# Overview\n\nStart with [the intro](${ALPHA}/docs/intro.md#intro).\n`,
      'docs/pinned.md': `# Pinned\n\nAs of [this intro](https://github.com/example-org/alpha/blob/${firstCommit}/docs/intro.md).\n`,
      'docs/install.md': `# Install\n\nFollow [the install steps](${ALPHA}/docs/setup.md#install).\n`,
      'docs/history.md': `# History\n\nRead [the old page](${ALPHA}/docs/old.md).\n`,
    });
    project.github.publish('example-org/beta', beta);
    project.writeManifest(MANIFEST);
    await project.sync();
    pagesBefore = new Map(project.contentFiles().filter((path) => path.endsWith('.md')).map((path) => [path, project.read(path)]));

    newCommit = alpha.commit({ 'docs/setup.md': '# Setup\n\n## Installation\n\nRun it.\n', 'docs/old.md': null, 'docs/intro.md': '# Intro\n\nMore.\n' });
    alphaRemote.push(alpha);
    transformed.length = 0;
    second = await project.sync();
  });

  it('takes pages of other sources from the cache when nothing they link to changed', () => {
    expect(transformed).toContain('alpha:docs/intro.md'); // the changed source's pages are transformed again
    expect(transformed).not.toContain('beta:docs/plain.md');
    expect(transformed).not.toContain('beta:docs/guide.md');
    expect(project.read('docs/beta/plain.md')).toBe(pagesBefore.get('docs/beta/plain.md'));
  });

  it('keeps a page of another source that links to a page whose anchors and place stayed', () => {
    expect(transformed).not.toContain('beta:docs/overview.md');
    expect(project.read('docs/beta/overview.md')).toContain('[the intro](../alpha/intro.md)');
  });

  it('rewrites a page of another source that links to the commit the site no longer shows', () => {
    expect(pagesBefore.get('docs/beta/pinned.md')).toContain('(../alpha/intro.md)');
    expect(transformed).toContain('beta:docs/pinned.md');
    expect(project.read('docs/beta/pinned.md')).toMatch(/\(https:\/\/github\.com\/example-org\/alpha\/blob\/[0-9a-f]{40}\/docs\/intro\.md\)/);
  });

  it('rewrites a page of another source whose link lost its anchor, and warns about it', () => {
    expect(pagesBefore.get('docs/beta/install.md')).toContain('(../alpha/setup.md#install)');
    expect(transformed).toContain('beta:docs/install.md');
    expect(second.output).toContain(`broken anchor in "${ALPHA}/docs/setup.md#install"`);
    expect(project.read('docs/beta/install.md')).toContain('(../alpha/setup.md)');
  });

  it('rewrites a page of another source whose link target was deleted', () => {
    expect(pagesBefore.get('docs/beta/history.md')).toContain('(../alpha/old.md)');
    expect(transformed).toContain('beta:docs/history.md');
    expect(project.read('docs/beta/history.md')).toContain(`(${ALPHA}/docs/old.md)`);
  });

  // Upstream links go to the linking doc's own repository, so this is a source that shares the changed repo.
  it('points links of another source of the repository to files the site does not import at the new commit', () => {
    expect(project.read('docs/alpha-api/usage.md')).toContain(`(https://github.com/example-org/alpha/blob/${newCommit}/tools/README.md)`);
  });

  it('gives the same pages and warnings as a sync without a cache', async () => {
    const fresh = new SyncProject();
    fresh.github.publish('example-org/alpha', alpha);
    fresh.github.publish('example-org/beta', beta);
    fresh.writeManifest(MANIFEST);
    const cold = await fresh.sync();
    const pages = (p: SyncProject) => p.contentFiles().filter((path) => path.endsWith('.md')).map((path) => [path, p.read(path)]);
    expect(pages(project)).toEqual(pages(fresh));
    expect(second.report!.problems).toEqual(cold.report!.problems);
  });
});
