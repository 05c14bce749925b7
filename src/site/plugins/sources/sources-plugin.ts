import { resolve } from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type { SourcesPageData } from '../../../components/sources/sources-data.js';
import { loadSyncReport } from '../../site-checks/load-sync-report.js';
import { buildSourcesPageData } from './build-sources-page-data.js';

export interface SourcesPluginOptions {
  /** The sync report, relative to the site folder (`sync-report.json` unless `SCS_SYNC_REPORT` says otherwise). */
  reportFile: string;
}

/** URL path of the Sources page (below the site's base URL). */
export const SOURCES_PAGE_PATH = '/sources';

/**
 * The Sources page: every aggregated source with its repo, ref, commit, status and file count,
 * read from the sync report at build time. Without a report the page says that no sync has run.
 */
export function createSourcesPlugin(options: SourcesPluginOptions): PluginModule {
  return (context) => loadSourcesPlugin(context, options);
}

function loadSourcesPlugin(context: LoadContext, options: SourcesPluginOptions): Plugin {
  const reportFile = resolve(context.siteDir, options.reportFile);
  return {
    name: 'scs-sources-page',
    getPathsToWatch: () => [reportFile],
    loadContent: async (): Promise<SourcesPageData> => buildSourcesPageData(await loadSyncReport(reportFile), context.i18n.currentLocale),
    contentLoaded: async ({ content, actions }) => {
      const dataPath = await actions.createData('sources.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl.replace(/\/+$/, '')}${SOURCES_PAGE_PATH}`,
        component: '@site/src/components/sources/sources-page.tsx',
        modules: { data: dataPath },
        exact: true,
      });
    },
  };
}
