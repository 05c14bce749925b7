import { closest } from 'fastest-levenshtein';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { listPagePaths, resolveUrlPath, type BuildFolder, type UrlResolution } from './resolve-url-path.js';

export interface UrlCheck {
  /** How each URL path resolved, in the order given. */
  results: { path: string; resolution: UrlResolution }[];
  failures: Diagnostic[];
}

const REDIRECT_HINT = 'Add a redirect from this path to the page that serves it now in src/site/redirects.ts.';

/** Every URL path must be served: by a page, or by a client redirect that ends on a page. */
export function checkBookmarkedUrls(paths: readonly string[], build: BuildFolder, listName: string): UrlCheck {
  const pages = listPagePaths(build.files);
  const results = paths.map((path) => ({ path, resolution: resolveUrlPath(path, build) }));
  const failures = results.flatMap(({ path, resolution }): Diagnostic[] => {
    if (resolution.kind === 'missing') {
      const suggestion = pages.length > 0 ? `closest page: ${closest(path, pages)}. ` : '';
      const message = `${path} (from ${listName}) is not served: no page and no redirect`;
      return [{ severity: 'error', code: 'site/url-not-served', message, hint: `${suggestion}${REDIRECT_HINT}` }];
    }
    if (resolution.kind === 'broken-redirect') {
      const message = `${path} (from ${listName}) redirects to ${resolution.to}, which ends at ${resolution.final}: not a page`;
      const hint = 'Point the redirect in src/site/redirects.ts at a page of the site.';
      return [{ severity: 'error', code: 'site/redirect-broken', message, hint }];
    }
    return [];
  });
  return { results, failures };
}

/** One line: how many URL paths resolve, and how. */
export function summariseUrlCheck(check: UrlCheck, listName: string): string {
  const count = (kind: UrlResolution['kind']) => check.results.filter((r) => r.resolution.kind === kind).length;
  const served = count('page') + count('redirect');
  return (
    `${served} of ${check.results.length} URL paths of ${listName} resolve ` +
    `(${plural(count('page'), 'page')}, ${plural(count('redirect'), 'redirect')}); ${check.results.length - served} do not`
  );
}

/** The URL paths of a list file: one per line; blank lines and `#` comments are skipped. */
export function readUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
