import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from './sync-harness.js';

afterAll(removeTempDirs);

const MANIFEST = `sources:
  - id: guide
    repo: example-org/guide
    include: ["docs/*.md"]
    base: docs
    target: docs/guide
`;

describe('the derived-data cache between syncs', () => {
  it('re-rewrites an unchanged page when a page it links to loses the anchor', async () => {
    const project = new SyncProject();
    const repo = TestRepo.create({
      'docs/a.md': '# A\n\nSee [the setup](b.md#old-heading).\n',
      'docs/b.md': '# B\n\n## Old heading\n',
    });
    const remote = project.github.publish('example-org/guide', repo);
    project.writeManifest(MANIFEST);
    const first = await project.sync();
    expect(first.output).not.toContain('broken anchor');
    expect(project.read('docs/guide/a.md')).toContain('[the setup](b.md#old-heading)');

    repo.commit({ 'docs/b.md': '# B\n\n## New heading\n' });
    remote.push(repo);
    const second = await project.sync();
    expect(second.output).toContain('broken anchor in "b.md#old-heading"');
    expect(project.read('docs/guide/a.md')).toContain('[the setup](./b.md)');
  });

  it('gives the same tree and the same warnings when nothing changed', async () => {
    const project = new SyncProject();
    project.github.publish('example-org/guide', TestRepo.create({ 'docs/a.md': '# A\n\n[gone](missing.md)\n' }));
    project.writeManifest(MANIFEST);
    const first = await project.sync();
    const page = project.read('docs/guide/a.md');
    const second = await project.sync();
    expect(project.read('docs/guide/a.md')).toBe(page);
    expect(second.report!.problems).toEqual(first.report!.problems);
    expect(second.report!.problems).toHaveLength(1);
  });
});
