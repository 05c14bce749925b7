/**
 * The index settings Docusaurus' DocSearch UI needs (after DocSearch's own crawler template): facets for
 * contextual search and the source filter, headings searched before text, one hit per URL, and the
 * ranking by heading level and position.
 */
import type { IndexSettings } from 'algoliasearch';
import { HIERARCHY_LEVELS } from './docsearch-record.js';

export const DOCSEARCH_INDEX_SETTINGS: IndexSettings = {
  attributesForFaceting: ['language', 'docusaurus_tag', 'type', 'source'],
  searchableAttributes: [...HIERARCHY_LEVELS.map((level) => `unordered(hierarchy.${level})`), 'content'],
  attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type', 'source'],
  attributesToHighlight: ['hierarchy', 'content'],
  attributesToSnippet: ['content:10'],
  camelCaseAttributes: ['hierarchy', 'content'],
  distinct: true,
  attributeForDistinct: 'url',
  customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
  ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
  minWordSizefor1Typo: 3,
  minWordSizefor2Typos: 7,
  allowTyposOnNumericTokens: false,
  minProximity: 1,
  ignorePlurals: true,
  advancedSyntax: true,
  attributeCriteriaComputedByMinProximity: true,
  removeWordsIfNoResults: 'allOptional',
  separatorsToIndex: '_',
};
