import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createJsonApiPlugin } from '../../../../src/site/plugins/json-api/json-api-plugin.js';
import { validateApiData } from '../../../helpers/api-schemas.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/temp-dir.js';

afterEach(removeTempDirs);

const project = resolve(import.meta.dirname, '..', '..', '..', '..');

/** Runs the plugin's postBuild as `docusaurus build` does, for a site in this project with the given report. */
async function runPostBuild(report: object | undefined, routesPaths: string[]) {
  const work = makeTempDir('scs-json-api-');
  const outDir = join(work, 'build');
  mkdirSync(outDir);
  if (report) writeFileSync(join(work, 'report.json'), JSON.stringify(report));
  const lines: string[] = [];
  const context = { siteDir: project, baseUrl: '/' } as LoadContext;
  const plugin = (await createJsonApiPlugin({ reportFile: join(work, 'report.json'), log: (line) => lines.push(line) })(context, {})) as Plugin;
  await plugin.postBuild!({ outDir, routesPaths } as Parameters<NonNullable<Plugin['postBuild']>>[0]);
  const read = (name: string) => JSON.parse(readFileSync(join(outDir, 'api', name), 'utf8')) as Record<string, unknown>;
  return { read, lines };
}

describe('the JSON API plugin', () => {
  it('writes /api/sources.json from the report with the pages the build has, and both schemas beside it', async () => {
    const report = {
      version: 1,
      syncedAt: '2026-01-02T03:04:05.000Z',
      durationMs: 1,
      written: { changed: 0, unchanged: 0, removed: 0 },
      problems: [],
      sources: [{ id: 'guide', repo: 'https://github.com/example-org/guide', ref: 'main', commit: null, status: 'stale', error: 'offline', files: [{ from: 'a.md', to: 'content/docs/a.md', route: '/docs/a' }, { from: 'b.md', to: 'content/docs/b.md', route: '/docs/b' }] }],
    };
    const { read, lines } = await runPostBuild(report, ['/', '/docs/a']);
    const sources = read('sources.json');
    expect(validateApiData('sources', sources)).toEqual([]);
    expect(sources.sources).toEqual([{ id: 'guide', repo: 'https://github.com/example-org/guide', ref: 'main', commit: null, status: 'stale', pageCount: 1, pages: ['/docs/a'] }]);
    expect(read('sources.schema.json').$id).toBe(sources.$schema);
    expect(read('standards.schema.json').$id).toBe('https://docs.scs.community/api/standards.schema.json');
    expect(lines).toEqual([expect.stringMatching(/^json api: api\/sources\.json \(1 source\) and the schemas written in \d+ ms$/)]);
  });

  it('writes an empty list when the site was built without a sync', async () => {
    const { read } = await runPostBuild(undefined, ['/']);
    expect(read('sources.json')).toMatchObject({ syncedAt: null, sources: [] });
  });
});
