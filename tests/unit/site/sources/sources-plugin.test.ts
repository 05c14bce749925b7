import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin, PluginContentLoadedActions, RouteConfig } from '@docusaurus/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createSourcesPlugin } from '../../../../src/site/plugins/sources/sources-plugin.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/temp-dir.js';

afterEach(removeTempDirs);

/** Runs the plugin's build-time hooks the way Docusaurus does and returns the route and data it creates. */
async function buildSourcesPage(siteDir: string, reportFile = 'sync-report.json') {
  const context = { siteDir, baseUrl: '/', i18n: { currentLocale: 'en' } } as LoadContext;
  const plugin = (await createSourcesPlugin({ reportFile })(context, {})) as Plugin;
  const content = await plugin.loadContent!();
  const routes: RouteConfig[] = [];
  const data = new Map<string, string>();
  const actions = {
    createData: async (name: string, text: string) => (data.set(name, text), name),
    addRoute: (route: RouteConfig) => routes.push(route),
  } as unknown as PluginContentLoadedActions;
  await plugin.contentLoaded!({ content, actions, allContent: {} } as Parameters<NonNullable<Plugin['contentLoaded']>>[0]);
  return { routes, data: JSON.parse(data.get('sources.json')!), watched: plugin.getPathsToWatch!() };
}

describe('the Sources page', () => {
  it('is served at /sources and says that no sync has run when there is no report', async () => {
    const siteDir = makeTempDir('scs-sources-');
    const page = await buildSourcesPage(siteDir);
    expect(page.routes).toMatchObject([{ path: '/sources', modules: { data: 'sources.json' }, exact: true }]);
    expect(page.data).toEqual({ summary: null });
  });

  it('lists the sources of the report it is pointed at, and rebuilds when that report changes', async () => {
    const siteDir = makeTempDir('scs-sources-');
    const report = {
      version: 1,
      syncedAt: '2026-01-02T03:04:05.000Z',
      durationMs: 10,
      written: { changed: 0, unchanged: 0, removed: 0 },
      problems: [],
      sources: [{ id: 'guide', repo: 'https://github.com/example-org/guide', ref: 'main', commit: null, status: 'failed', files: [], error: 'gone' }],
    };
    writeFileSync(join(siteDir, 'other-report.json'), JSON.stringify(report));
    const page = await buildSourcesPage(siteDir, 'other-report.json');
    expect(page.data.summary.rows).toMatchObject([{ id: 'guide', status: 'failed', statusDetail: 'Nothing is published from this source: gone.' }]);
    expect(page.watched).toEqual([join(siteDir, 'other-report.json')]);
  });
});
