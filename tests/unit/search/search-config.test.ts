import { describe, expect, it } from 'vitest';
import { createAlgoliaThemeConfig, listMissingAlgoliaSettings, readAlgoliaSearchConfig } from '../../../src/site/search/search-config.js';

const ALL = { ALGOLIA_APP_ID: 'APP', ALGOLIA_SEARCH_API_KEY: 'search-key', ALGOLIA_INDEX_NAME: 'scs-docs' };

describe('readAlgoliaSearchConfig', () => {
  it('switches to Algolia only when all three settings are set', () => {
    expect(readAlgoliaSearchConfig(ALL)).toEqual({ appId: 'APP', apiKey: 'search-key', indexName: 'scs-docs' });
    expect(readAlgoliaSearchConfig({ ...ALL, ALGOLIA_INDEX_NAME: ' ' })).toBeUndefined();
    expect(readAlgoliaSearchConfig({})).toBeUndefined();
  });

  it('never takes the admin key for the site', () => {
    expect(readAlgoliaSearchConfig({ ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_API_KEY: 'admin', ALGOLIA_INDEX_NAME: 'x' })).toBeUndefined();
  });
});

describe('listMissingAlgoliaSettings', () => {
  it('names what is missing of a half-done setup, nothing when none is set', () => {
    expect(listMissingAlgoliaSettings({ ALGOLIA_APP_ID: 'APP' })).toEqual(['ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME']);
    expect(listMissingAlgoliaSettings({})).toEqual([]);
    expect(listMissingAlgoliaSettings(ALL)).toEqual([]);
  });
});

describe('createAlgoliaThemeConfig', () => {
  it('turns on contextual search for DocSearch', () => {
    expect(createAlgoliaThemeConfig({ appId: 'APP', apiKey: 'k', indexName: 'i' })).toMatchObject({ appId: 'APP', apiKey: 'k', indexName: 'i', contextualSearch: true });
  });
});
