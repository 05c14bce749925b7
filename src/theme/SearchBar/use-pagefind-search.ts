import { useCallback, useEffect, useRef, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { loadPagefind, SearchIndexMissingError } from '../../site/search/client/load-pagefind.js';
import { RESULTS_PAGE_SIZE, type PagefindModule, type PagefindResult } from '../../site/search/client/pagefind-api.js';
import { rankLanguageFirst } from '../../site/search/client/rank-language-first.js';
import { listShownHits, type SearchState } from '../../site/search/client/search-state.js';
import { SEARCH_LANGUAGE_FILTER } from '../../site/search/search-attributes.js';
import { toSearchHit, type SearchHit } from '../../site/search/client/to-search-hit.js';

/** Waits this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 120;

/** Pagefind, loaded once per page view on first use (opening the search warms it up). */
function usePagefindLoader(): () => Promise<PagefindModule> {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const baseUrl = useBaseUrl('/');
  const loading = useRef<Promise<PagefindModule> | null>(null);
  return useCallback(() => {
    loading.current ??= loadPagefind(bundleUrl, baseUrl);
    loading.current.catch(() => (loading.current = null));
    return loading.current;
  }, [bundleUrl, baseUrl]);
}

function describeFailure(error: unknown): SearchState {
  return error instanceof SearchIndexMissingError ? { status: 'unavailable' } : { status: 'failed' };
}

async function loadHits(results: readonly PagefindResult[]): Promise<SearchHit[]> {
  return (await Promise.all(results.map((result) => result.data()))).map(toSearchHit);
}

export interface PagefindSearch {
  state: SearchState;
  /** Loads and shows the next results, when there are more. */
  showMore: () => void;
}

/** Searches the local index while the reader types; keeps the last results on screen until new ones arrive. */
export function usePagefindSearch(query: string, section: string): PagefindSearch {
  const getPagefind = usePagefindLoader();
  // another locale's site also holds the pages it shows in English: its own language's pages come first
  const { currentLocale, defaultLocale } = useDocusaurusContext().i18n;
  const preferLanguage = currentLocale === defaultLocale ? undefined : currentLocale;
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  /** The ranked results of the current query and a number that changes with each query. */
  const current = useRef<{ generation: number; results: PagefindResult[] }>({ generation: 0, results: [] });

  useEffect(() => {
    getPagefind().catch(() => undefined);
  }, [getPagefind]);

  useEffect(() => {
    const generation = ++current.current.generation;
    const term = query.trim();
    if (term === '') return setState({ status: 'idle' });
    setState((previous) => ({ status: 'searching', hits: listShownHits(previous) }));
    const filters: Record<string, string> = section ? { section } : {};
    (async () => {
      const pagefind = await getPagefind();
      const response = await pagefind.debouncedSearch(term, { filters }, TYPING_PAUSE_MS);
      if (!response || generation !== current.current.generation) return;
      const results = preferLanguage
        ? rankLanguageFirst(response.results, (await pagefind.search(term, { filters: { ...filters, [SEARCH_LANGUAGE_FILTER]: preferLanguage } }))?.results ?? [])
        : response.results;
      const hits = await loadHits(results.slice(0, RESULTS_PAGE_SIZE));
      if (generation !== current.current.generation) return;
      current.current.results = results;
      setState({ status: 'done', query: term, hits, total: results.length });
    })().catch((error: unknown) => {
      if (generation === current.current.generation) setState(describeFailure(error));
    });
  }, [query, section, getPagefind, preferLanguage]);

  const showMore = useCallback(() => {
    if (state.status !== 'done' || state.hits.length >= state.total) return;
    const { generation, results } = current.current;
    const next = results.slice(state.hits.length, state.hits.length + RESULTS_PAGE_SIZE);
    loadHits(next)
      .then((hits) => {
        if (generation === current.current.generation) setState({ ...state, hits: [...state.hits, ...hits] });
      })
      .catch((error: unknown) => setState(describeFailure(error)));
  }, [state]);

  return { state, showMore };
}
