import type { ReactNode } from 'react';
import OriginalSearchBar from '@theme-original/SearchBar';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import LocalSearch from './local-search.js';

/**
 * The navbar search: Algolia DocSearch (the original of this component, from the Algolia theme) when the
 * build configured it (`themeConfig.algolia`, see src/site/search/search-config.ts), else the local
 * search over the Pagefind index the build wrote.
 */
export default function SearchBar(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  if (siteConfig.themeConfig.algolia) return <OriginalSearchBar />;
  return <LocalSearch />;
}
