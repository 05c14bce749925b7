/**
 * A token in a repo URL never leaves repos.yaml: not in the console output, the report, the Sources page data,
 * the lock, the written pages, the clone cache or an error message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildSourcesPageData } from '../../../src/site/plugins/sources/build-sources-page-data.js';
import { insteadOfEnv, removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';
import { findFilesContaining, STACK_LINE } from './project-tree.js';

afterAll(removeTempDirs);

const TOKEN = 'ghp_S3cr3tT0kenValue42';
const AUTHED = `https://x-access-token:${TOKEN}@github.com/`;

/** A project whose fake github.com also answers URLs carrying the token. */
function projectWithToken(): SyncProject {
  const project = new SyncProject();
  project.github.env = () => insteadOfEnv(project.github.root, 'https://github.com/', AUTHED);
  return project;
}

const entry = (id: string, name: string) => `  - id: ${id}\n    repo: ${AUTHED}example-org/${name}\n    include: ["docs/*.md"]\n    base: docs\n    target: docs/${id}\n`;

describe('credentials in repo URLs', () => {
  it('fetches with the token and writes it nowhere', async () => {
    const project = projectWithToken();
    project.github.publish('example-org/private', TestRepo.create({ 'docs/page.md': '# Private\n\n[upstream](../README.md)\n', 'README.md': '# Readme\n' }));
    project.writeManifest(`sources:\n${entry('private', 'private')}`);

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(project.contentFiles()).toEqual(['docs/private/page.md']);
    expect(run.report!.sources[0]).toMatchObject({ repo: 'https://github.com/example-org/private', status: 'synced' });
    expect(project.lock().sources.private).toMatchObject({ repo: 'https://github.com/example-org/private' });
    expect(project.page('docs/private/page.md').data.source).toMatchObject({ repo: 'https://github.com/example-org/private' });
    expect(run.output).not.toContain(TOKEN);
    expect(JSON.stringify(buildSourcesPageData(run.report))).not.toContain(TOKEN);
    expect(findFilesContaining(project.dir, TOKEN)).toEqual(['repos.yaml']);
  });

  it('keeps the token out of the error of a repo that cannot be fetched, and builds the other sources', async () => {
    const project = projectWithToken();
    project.github.publish('example-org/public', TestRepo.create({ 'docs/page.md': '# Public\n' }));
    project.writeManifest(`sources:\n${entry('public', 'public')}${entry('gone', 'gone')}`);

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(run.report!.sources.map((s) => [s.id, s.status])).toEqual([['public', 'synced'], ['gone', 'failed']]);
    expect(run.report!.sources[1]!.error).toMatch(/^cannot list the refs of https:\/\/github\.com\/example-org\/gone/);
    expect(run.output).toMatch(/gone \(https:\/\/github\.com\/example-org\/gone\).*error: cannot list the refs/);
    expect(run.output).not.toMatch(STACK_LINE);
    expect(run.output).not.toContain(TOKEN);
    expect(findFilesContaining(project.dir, TOKEN)).toEqual(['repos.yaml']);
    expect((await project.sync('--strict')).output).not.toContain(TOKEN);
  });

  it('names a manifest mistake next to a token without printing the token', async () => {
    const project = projectWithToken();
    project.writeManifest(`sources:\n${entry('broken', 'x y')}`);

    const run = await project.sync();

    expect(run.exitCode).toBe(2);
    expect(run.output).toContain('repos.yaml:3:11: error: sources[0].repo "https://github.com/example-org/x y" contains a space');
    expect(run.output).not.toContain(TOKEN);
    expect(findFilesContaining(project.dir, TOKEN)).toEqual(['repos.yaml']);
  });
});
