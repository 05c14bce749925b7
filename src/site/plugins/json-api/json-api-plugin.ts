import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { API_FOLDER, API_NAMES, API_SCHEMA_FOLDER, apiDataFile, apiSchemaFile } from '../../api/api-files.js';
import { buildSourcesApi } from '../../api/build-sources-api.js';
import { serializeApiJson } from '../../api/serialize-api-json.js';
import { loadSyncReport } from '../../site-checks/load-sync-report.js';

export interface JsonApiPluginOptions {
  /** The sync report, relative to the site folder (as for the Sources page). */
  reportFile: string;
  /** Where the plugin says what it did. */
  log: (line: string) => void;
}

/**
 * After each `docusaurus build`: `/api/sources.json` from the sync report, listing only pages the build has,
 * and the schemas of both JSON files beside them. (`/api/standards.json` is written by the standards
 * generator into the content tree, which the build serves as is.)
 */
export function createJsonApiPlugin(options: JsonApiPluginOptions): PluginModule {
  return (context) => loadJsonApiPlugin(context, options);
}

function loadJsonApiPlugin(context: LoadContext, options: JsonApiPluginOptions): Plugin {
  return {
    name: 'scs-json-api',
    postBuild: async ({ outDir, routesPaths }) => {
      const started = performance.now();
      const built = new Set(routesPaths);
      const report = await loadSyncReport(resolve(context.siteDir, options.reportFile));
      const sources = buildSourcesApi(report, context.baseUrl, (url) => built.has(url));
      await mkdir(join(outDir, API_FOLDER), { recursive: true });
      await writeFile(join(outDir, apiDataFile('sources')), serializeApiJson(sources));
      for (const name of API_NAMES) {
        await copyFile(join(context.siteDir, API_SCHEMA_FOLDER, `${name}.schema.json`), join(outDir, apiSchemaFile(name)));
      }
      const ms = Math.round(performance.now() - started);
      const count = sources.sources.length;
      options.log(`json api: ${apiDataFile('sources')} (${count} source${count === 1 ? '' : 's'}) and the schemas written in ${ms} ms`);
    },
  };
}
