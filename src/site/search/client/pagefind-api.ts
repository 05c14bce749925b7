/**
 * The part of Pagefind's browser API (`<baseUrl>pagefind/pagefind.js`, written by the build) that the
 * search UI and the benchmark use. Pagefind ships no types for its browser module.
 */

export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Loads the result's fragment: one small request per result. */
  data(): Promise<PagefindResultData>;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: the page text with `<`/`>` escaped and the matched words in `<mark>`. */
  excerpt: string;
  /** Word positions of the matches inside this section. */
  locations?: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  word_count?: number;
}

export interface PagefindModule {
  /** Before `init`: `noWorker` searches on the page's thread (no extra worker script to download). */
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  /** Resolves to null when a newer call superseded this one during the wait. */
  debouncedSearch(term: string, options: PagefindSearchOptions, timeoutMs: number): Promise<PagefindSearchResponse | null>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindSearchResponse | null>;
}

/** How many results the UI shows (and loads the fragments of) at first, and adds with "More results". */
export const RESULTS_PAGE_SIZE = 5;
/** How many matching headings of one page the UI lists below it. */
export const HEADINGS_SHOWN_PER_PAGE = 3;
/** Words per excerpt. */
export const EXCERPT_WORDS = 24;
