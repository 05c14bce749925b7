/**
 * Which search the site uses, decided at build time from the environment: Algolia DocSearch when its
 * three public settings are set, else the local Pagefind search (no third party, works offline).
 */

export interface AlgoliaSearchConfig {
  appId: string;
  /** The public, search-only key (it ships in the site's JavaScript). */
  apiKey: string;
  indexName: string;
}

/** Environment variables that switch the site to Algolia DocSearch (all three are needed). */
export const ALGOLIA_ENV = {
  appId: 'ALGOLIA_APP_ID',
  apiKey: 'ALGOLIA_SEARCH_API_KEY',
  indexName: 'ALGOLIA_INDEX_NAME',
} as const;

/** The admin key `npm run index:algolia` writes the index with; never part of the site. */
export const ALGOLIA_ADMIN_KEY_ENV = 'ALGOLIA_ADMIN_API_KEY';

function readSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** The Algolia settings when all three are set; undefined (local search) otherwise. */
export function readAlgoliaSearchConfig(env: NodeJS.ProcessEnv): AlgoliaSearchConfig | undefined {
  const appId = readSetting(env, ALGOLIA_ENV.appId);
  const apiKey = readSetting(env, ALGOLIA_ENV.apiKey);
  const indexName = readSetting(env, ALGOLIA_ENV.indexName);
  return appId && apiKey && indexName ? { appId, apiKey, indexName } : undefined;
}

/** The names of the Algolia settings that are missing while others are set (a half-done setup). */
export function listMissingAlgoliaSettings(env: NodeJS.ProcessEnv): string[] {
  const names = Object.values(ALGOLIA_ENV);
  const missing = names.filter((name) => !readSetting(env, name));
  return missing.length === names.length ? [] : missing;
}

/**
 * `themeConfig.algolia` for Docusaurus' DocSearch: contextual search keeps results to the reader's
 * language and docs section version, using the `language`/`docusaurus_tag` facets of the records.
 */
export function createAlgoliaThemeConfig(config: AlgoliaSearchConfig) {
  return {
    appId: config.appId,
    apiKey: config.apiKey,
    indexName: config.indexName,
    contextualSearch: true,
    searchPagePath: 'search',
  };
}
