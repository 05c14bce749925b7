import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from './sync-harness.js';

afterAll(removeTempDirs);

function manifest(ref: string): string {
  return `sources:\n  - id: guide\n    repo: example-org/guide\n    ref: "${ref}"\n    include: ["docs/*.md"]\n    base: docs\n    target: docs/guide\n`;
}

describe('refs and the lock', () => {
  it('builds a full commit ref, then follows the manifest to another commit', async () => {
    const project = new SyncProject();
    const repo = TestRepo.create({ 'docs/page.md': '# Page\n\nversion one\n' });
    const first = repo.head();
    repo.commit({ 'docs/page.md': '# Page\n\nversion two\n' });
    project.github.publish('example-org/guide', repo);

    project.writeManifest(manifest(first));
    const run = await project.sync();
    expect(run.exitCode, run.output).toBe(0);
    expect(project.read('docs/guide/page.md')).toContain('version one');
    expect(project.page('docs/guide/page.md').data.custom_edit_url).toBe('https://github.com/example-org/guide/edit/main/docs/page.md');

    project.writeManifest(manifest(repo.head()));
    await project.sync();
    expect(project.read('docs/guide/page.md')).toContain('version two');
  });

  it('--frozen builds the locked commit although the branch moved; a plain sync moves on', async () => {
    const project = new SyncProject();
    const repo = TestRepo.create({ 'docs/page.md': '# Page\n\nlocked\n' });
    const remote = project.github.publish('example-org/guide', repo);
    project.writeManifest(manifest('main'));
    await project.sync();
    const locked = project.lock().sources.guide!.commit;

    repo.commit({ 'docs/page.md': '# Page\n\nnewer\n' });
    remote.push(repo);
    const frozen = await project.sync('--frozen');
    expect(frozen.exitCode, frozen.output).toBe(0);
    expect(project.read('docs/guide/page.md')).toContain('locked');
    expect(project.lock().sources.guide!.commit).toBe(locked);

    const plain = await project.sync();
    expect(plain.report!.sources[0]!.status).toBe('synced');
    expect(project.read('docs/guide/page.md')).toContain('newer');
    expect(project.lock().sources.guide!.commit).toBe(repo.head());
  });

  it('--offline rebuilds from the cache without reaching the remote', async () => {
    const project = new SyncProject();
    const repo = TestRepo.create({ 'docs/page.md': '# Page\n\ncached\n' });
    const remote = project.github.publish('example-org/guide', repo);
    project.writeManifest(manifest('main'));
    await project.sync();
    remote.remove();
    const offline = await project.sync('--offline');
    expect(offline.exitCode, offline.output).toBe(0);
    expect(offline.report!.sources[0]!.status).toBe('unchanged');
    expect(project.read('docs/guide/page.md')).toContain('cached');
  });
});
