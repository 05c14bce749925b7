import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSyncCommand } from '../../../src/cli/sync-command.js';
import { prepareDemoRepos } from '../../../src/demo/prepare-demo-repos.js';
import { isolatedGitEnv, makeTempDir, removeTempDirs, setEnv } from '../../helpers/git-repo.js';

const project = resolve(import.meta.dirname, '..', '..', '..');

/** The sync half of `npm run demo`: the example upstreams become git repos and sync offline. */
describe('npm run demo (sync of the example upstreams)', () => {
  const work = makeTempDir('scs-demo-');
  const content = join(work, 'content');
  let exitCode: number;
  let output = '';
  const page = (path: string) => matter(readFileSync(join(content, path), 'utf8'));

  beforeAll(async () => {
    const repos = prepareDemoRepos(join(project, 'examples', 'upstreams'), join(work, 'demo'));
    copyFileSync(join(project, 'examples', 'repos.yaml'), join(work, 'repos.yaml'));
    const restore = setEnv({
      ...isolatedGitEnv(),
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `url.${repos.remoteBase}.insteadOf`,
      GIT_CONFIG_VALUE_0: 'https://github.com/example-org/',
    });
    const sink = { write: (text: string) => (output += text) };
    try {
      exitCode = await runSyncCommand(
        ['--manifest', join(work, 'repos.yaml'), '--cache', join(work, 'cache'), '--content', content, '--report', join(work, 'report.json')],
        { cwd: project, stdout: sink, stderr: sink, env: { CI: 'true' } },
      );
    } finally {
      restore();
    }
  }, 120_000);

  afterAll(removeTempDirs);

  it('syncs all example sources without warnings', () => {
    expect(exitCode, output).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { sources: { status: string }[]; problems: unknown[] };
    expect(report.sources.map((s) => s.status)).toEqual(['synced', 'synced', 'synced', 'synced', 'synced', 'synced']);
    expect(report.problems).toEqual([]);
  });

  it('turns cross-repo GitHub links into site links, anchor kept', () => {
    expect(page('user-docs/demo/getting-started.md').content).toContain(
      '[deploy a demo cloud](/docs/demo/operator-guide/quickstart#deploy-the-demo-cloud)',
    );
    expect(page('docs/99-demo/operator-guide/quickstart.md').content).toContain(
      '[naming standard](/standards/scs-9001-v1-demo-naming)',
    );
  });

  it('carries the image along, converts the alert, and links the file that is not imported upstream', () => {
    expect(readFileSync(join(content, 'docs/99-demo/operator-guide/images/architecture.svg'), 'utf8')).toContain('<svg');
    expect(page('docs/99-demo/operator-guide/quickstart.md').content).toContain(':::warning');
    expect(page('standards/scs-9001-v1-demo-naming.md').content).toMatch(
      /\[tests README\]\(https:\/\/github\.com\/example-org\/demo-standards\/blob\/[0-9a-f]{40}\/Tests\/README\.md\)/,
    );
  });

  it('shows who changed a page last, from the little history the demo makes', () => {
    const authors = ['docs/99-demo/operator-guide/overview.md', 'docs/99-demo/operator-guide/quickstart.md'].map(
      (path) => (page(path).data.last_update as { author: string }).author,
    );
    expect(authors.sort()).toEqual(['Ada Operator', 'Ben Writer']);
  });

  it('publishes the German translations in the German tree, linking German pages where there are and English ones where not', () => {
    const german = 'i18n/de/docusaurus-plugin-content-docs-user-docs/current/demo-storage';
    const overview = page(`${german}/overview.md`);
    expect(overview.content).toContain('# Speicher im Überblick');
    expect(overview.content).toContain('[Ein Volume anlegen](volumes.md#ein-volume-anlegen)');
    expect(overview.content).toContain('[Speicher-FAQ](../../../../../user-docs/demo-storage/faq.md)');
    expect(overview.data.custom_edit_url).toMatch(/demo-translated-guide\/edit\/main\/docs\/overview\.de\.md$/);
    expect(page('user-docs/demo-storage/overview.md').content).toContain('# Storage overview');
    expect(() => page('user-docs/demo-storage/overview.de.md')).toThrow();
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { sources: { id: string; translated?: Record<string, number> }[] };
    expect(report.sources.find((s) => s.id === 'demo-translated-guide')?.translated).toEqual({ de: 2 });
  });

  it("points the site's own pages at this project's repository", () => {
    expect(page('docs/index.md').data.custom_edit_url).toBe('https://github.com/SovereignCloudStack/docs/edit/main/docs/docs/index.md');
  });
});
