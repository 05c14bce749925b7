/**
 * Turns one Pagefind result into what the search UI shows: the page (title, section, source repo,
 * excerpt) and its best matching headings, each linking to its anchor.
 */
import { HEADINGS_SHOWN_PER_PAGE, type PagefindResultData, type PagefindSubResult } from './pagefind-api.js';
import { splitExcerpt, stripLeadingContext, type ExcerptPart } from './split-excerpt.js';

export interface SearchHeadingHit {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit {
  title: string;
  /** The page, at the heading that matched best when that is not the page's top. */
  url: string;
  section?: string;
  /** The sidebar categories above the page: `Operating SCS › Status page API server`. */
  breadcrumb?: string;
  source?: string;
  excerpt: ExcerptPart[];
  /** Other headings of the page that matched, best first. */
  headings: SearchHeadingHit[];
}

/**
 * `/docs/a/` → `/docs/a`, `/docs/a/#b` → `/docs/a#b`: the site's own links have no trailing slash,
 * while Pagefind names pages after their `a/index.html` file.
 */
export function normalizeResultUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return `${trimmed || '/'}${hash}`;
}

function countMatches(subResult: PagefindSubResult): number {
  return subResult.locations?.length ?? 0;
}

/** Sub-results by number of matched words, then page order (Pagefind lists them in page order). */
function rankSubResults(subResults: readonly PagefindSubResult[]): PagefindSubResult[] {
  return subResults
    .map((subResult, order) => ({ subResult, order }))
    .sort((a, b) => countMatches(b.subResult) - countMatches(a.subResult) || a.order - b.order)
    .map(({ subResult }) => subResult);
}

function cleanTitle(title: string): string {
  return title.replaceAll('\u200b', '').trim();
}

function toHeadingHit(subResult: PagefindSubResult): SearchHeadingHit {
  return { title: cleanTitle(subResult.title), url: normalizeResultUrl(subResult.url), excerpt: splitExcerpt(subResult.excerpt) };
}

/** One result of the list: the page, linked at its best section, with up to three other matching headings. */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const pageUrl = normalizeResultUrl(data.url);
  const ranked = rankSubResults(data.sub_results ?? []);
  const best = ranked[0];
  const headings = ranked
    .slice(1)
    .filter((subResult) => subResult.anchor && normalizeResultUrl(subResult.url) !== pageUrl)
    .slice(0, HEADINGS_SHOWN_PER_PAGE)
    .map(toHeadingHit);
  return {
    title: cleanTitle(data.meta.title ?? pageUrl),
    url: best?.anchor?.element !== 'h1' && best ? normalizeResultUrl(best.url) : pageUrl,
    section: data.meta.section,
    breadcrumb: data.meta.breadcrumb,
    source: data.meta.source,
    excerpt: stripLeadingContext(splitExcerpt(best?.excerpt ?? data.excerpt), data.meta.breadcrumb && `${data.meta.breadcrumb}.`),
    headings,
  };
}
