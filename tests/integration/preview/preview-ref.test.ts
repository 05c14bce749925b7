import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';

afterAll(removeTempDirs);

const MANIFEST = `sources:
  - id: guide
    repo: example-org/guide
    include: ["docs/*.md"]
    base: docs
    target: docs/guide
  - id: other
    repo: example-org/other
    include: ["*.md"]
    target: user-docs/other
`;

describe('--ref: preview a branch or pull request of one source', () => {
  const project = new SyncProject();
  let lockBefore: string;
  let otherCommit: string;

  beforeAll(async () => {
    const guide = TestRepo.create({ 'docs/page.md': '# Page\n\nreleased text\n' });
    const remote = project.github.publish('example-org/guide', guide);
    guide.branch('feature');
    guide.commit({ 'docs/page.md': '# Page\n\nfeature text\n' });
    remote.push(guide);
    guide.checkout('main');
    // a pull request as GitHub serves it: a ref outside refs/heads that only the remote has
    guide.branch('pr-source');
    const prCommit = guide.commit({ 'docs/page.md': '# Page\n\npull request text\n', 'docs/added.md': '# Added in the PR\n' });
    git(remote.dir, ['fetch', '--quiet', guide.dir, `${prCommit}:refs/pull/7/head`]);
    const other = TestRepo.create({ 'index.md': '# Other\n' });
    otherCommit = other.head();
    project.github.publish('example-org/other', other);
    project.writeManifest(MANIFEST);
    const first = await project.sync();
    expect(first.exitCode, first.output).toBe(0);
    lockBefore = readFileSync(join(project.dir, 'repos.lock'), 'utf8');
  });

  it('builds a pull request ref, even under --frozen, and leaves repos.lock as it was', async () => {
    const run = await project.sync('--frozen', '--ref', 'guide=refs/pull/7/head');
    expect(run.exitCode, run.output).toBe(0);
    expect(project.read('docs/guide/page.md')).toContain('pull request text');
    expect(project.contentFiles()).toContain('docs/guide/added.md');
    expect(run.report?.sources.find((s) => s.id === 'guide')).toMatchObject({ ref: 'refs/pull/7/head' });
    expect(project.page('docs/guide/page.md').data.custom_edit_url).toBe('https://github.com/example-org/guide/edit/main/docs/page.md');
    expect(readFileSync(join(project.dir, 'repos.lock'), 'utf8')).toBe(lockBefore);
    expect(project.lock().sources.other!.commit).toBe(otherCommit);
  });

  it('builds a branch, with edit links on that branch', async () => {
    const run = await project.sync('--ref', 'guide=feature');
    expect(run.exitCode, run.output).toBe(0);
    expect(project.read('docs/guide/page.md')).toContain('feature text');
    expect(project.page('docs/guide/page.md').data.custom_edit_url).toBe('https://github.com/example-org/guide/edit/feature/docs/page.md');
    expect(project.contentFiles()).not.toContain('docs/guide/added.md');
  });

  it('goes back to the locked commit without the option', async () => {
    const run = await project.sync('--frozen');
    expect(run.exitCode, run.output).toBe(0);
    expect(project.read('docs/guide/page.md')).toContain('released text');
  });

  it('refuses a ref git would not accept, an unknown id and a ref together with --local', async () => {
    const bad = await project.sync('--ref', 'guide=-upload-pack=x');
    expect(bad.exitCode).toBe(2);
    expect(bad.output).toContain('is not a valid git ref');
    const unknown = await project.sync('--ref', 'gide=main');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.output).toContain('did you mean "guide"?');
    const both = await project.sync('--ref', 'guide=main', '--local', `guide=${project.dir}`);
    expect(both.exitCode).toBe(2);
    expect(both.output).toContain('--ref and --local both name "guide"');
  });
});
