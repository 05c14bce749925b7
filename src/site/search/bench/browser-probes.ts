/**
 * What the benchmark runs in the browser for one query, from a blank page of the served site: load the
 * engine, search, and get the data of the results the UI shows (titles, URLs, excerpts). Plain JavaScript
 * source (not a transpiled function), so it runs in the page as written.
 */

export type SearchEngine = 'pagefind' | 'lunr';

export interface ProbeOutcome {
  /** Milliseconds from the start of the probe until the shown results' data was there. */
  ms: number;
  /** URLs of the shown results, best first. */
  urls: string[];
}

/** Where the benchmark serves the lunr baseline next to the site. */
export const LUNR_PATHS = {
  library: '/__bench/lunr.min.js',
  index: '/__bench/lunr-index.json',
  documents: '/__bench/search-doc.json',
} as const;

/** The blank page the probes start from. */
export const HARNESS_PATH = '/__bench/harness.html';
export const HARNESS_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body></body></html>';

const PAGEFIND_PROBE = `async ({ query, limit, excerptWords }) => {
  const started = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: excerptWords, noWorker: true });
  await pagefind.init();
  const response = await pagefind.search(query);
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { ms: performance.now() - started, urls: data.map((page) => page.url) };
}`;

/** Like docusaurus-lunr-search: every word matched in titles (boosted) and text, the last one as a prefix. */
const LUNR_PROBE = `async ({ query, limit, paths }) => {
  const started = performance.now();
  const loadScript = (src) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  const [, serialized, documents] = await Promise.all([
    loadScript(paths.library),
    fetch(paths.index).then((response) => response.json()),
    fetch(paths.documents).then((response) => response.json()),
  ]);
  const index = window.lunr.Index.load(serialized);
  const terms = window.lunr.tokenizer(query).map((token) => token.toString());
  const hits = index.query((q) => {
    terms.forEach((term, position) => {
      q.term(term, { fields: ['title'], boost: 10 });
      q.term(term, { fields: ['pageTitle', 'content'] });
      if (position === terms.length - 1) q.term(term, { wildcard: window.lunr.Query.wildcard.TRAILING, boost: 0.5 });
    });
  });
  // sections, not pages: a few more, so that three distinct pages are among them
  const urls = hits.slice(0, limit * 4).map((hit) => documents[Number(hit.ref)].url);
  return { ms: performance.now() - started, urls };
}`;

/** The source of the probe of an engine: a function expression taking `{ query, limit, … }`. */
export function readProbeSource(engine: SearchEngine): string {
  return engine === 'pagefind' ? PAGEFIND_PROBE : LUNR_PROBE;
}
