import { tmpdir } from 'node:os';
import type { Plugin, PluginModule } from '@docusaurus/types';
import { buildPagefindIndex } from './build-pagefind-index.js';
import { listMissingAlgoliaSettings, readAlgoliaSearchConfig } from './search-config.js';

export interface PagefindPluginOptions {
  /** The build's environment: with the Algolia settings (search-config.ts) no local index is built. */
  env: NodeJS.ProcessEnv;
  /** Where the plugin says what it did. */
  log: (line: string) => void;
}

/**
 * Builds the local search index after every `docusaurus build` (demo, tests, the real site), from the
 * built HTML, so the index always matches the pages it links to. `docusaurus start` has no index:
 * the search box says so.
 */
export function createPagefindPlugin(options: PagefindPluginOptions): PluginModule {
  const enabled = readAlgoliaSearchConfig(options.env) === undefined;
  const missing = listMissingAlgoliaSettings(options.env);
  if (missing.length > 0) options.log(`search: Algolia DocSearch needs ${missing.join(' and ')} too; using the local search`);
  return (context): Plugin => ({
    name: 'scs-pagefind-search',
    postBuild: async ({ outDir }) => {
      if (!enabled) {
        options.log('search: Algolia DocSearch is configured, so no local search index is built');
        return;
      }
      const started = performance.now();
      const { pageCount } = await buildPagefindIndex(context.siteDir, outDir, tmpdir());
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      options.log(`search: indexed ${pageCount} pages for the local search (Pagefind) in ${seconds} s`);
    },
  });
}
