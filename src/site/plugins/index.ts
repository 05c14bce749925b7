import type { PluginConfig } from '@docusaurus/types';
import { createJsonApiPlugin } from './json-api/json-api-plugin.js';
import { createSourcesPlugin } from './sources/sources-plugin.js';
import { createPagefindPlugin } from '../search/pagefind-plugin.js';
import { createMarkdownTwinsPlugin } from '../markdown-twins/markdown-twins-plugin.js';
import { createBundlerCachePlugin } from './bundler-cache/bundler-cache-plugin.js';
import { createLazyDevCompilationPlugin } from './lazy-dev-compilation/lazy-dev-compilation-plugin.js';
import { createDevCssPlugin } from './dev-css/dev-css-plugin.js';

/** The site's own Docusaurus plugins (pages built from the sync's output). */
export const SITE_PLUGINS: PluginConfig[] = [
  // the Sources page; `SCS_SYNC_REPORT` points it at a report other than the sync's default
  createSourcesPlugin({ reportFile: process.env.SCS_SYNC_REPORT ?? 'sync-report.json' }),
  createJsonApiPlugin({ reportFile: process.env.SCS_SYNC_REPORT ?? 'sync-report.json', log: (line) => console.log(line) }), // /api/sources.json and the schemas
  createPagefindPlugin({ env: process.env, log: (line) => console.log(line) }), // local search index, after each build
  createBundlerCachePlugin(process.env.SCS_BUNDLER_CACHE_DIR), // benchmarks: a bundler cache of their own
  createLazyDevCompilationPlugin(), // npm start: a page is compiled when it is first shown
  createDevCssPlugin(process.env.NODE_ENV), // npm start: CSS for a current browser
  createMarkdownTwinsPlugin({ cacheDir: process.env.DOCUSAURUS_NO_PERSISTENT_CACHE ? undefined : 'node_modules/.cache/scs-docs/markdown-twins', log: (line) => console.log(line) }), // <page>.md, llms.txt
];
