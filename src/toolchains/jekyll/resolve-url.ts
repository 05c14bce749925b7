import { posix } from 'node:path';
import { classifyUrl } from '../../markdown/classify-url.js';
import { safeDecode, splitUrl } from '../../markdown/resolve-upstream-path.js';
import { relativeFileLink, type UrlResolver } from '../shared/rewrite-destinations.js';
import type { JekyllPage, PageIndex } from './pages.js';
import type { JekyllSite } from './read-site.js';

/**
 * Jekyll links point at URLs of the built site: permalinks (`/docs/usage/`, `{{ site.baseurl }}/docs/usage/`,
 * what `{% link %}` wrote), static files (`/img/logo.png`), or URLs relative to the page's URL (`../usage/`).
 * Each becomes a relative link to the file; links that already name a file are left to the transform.
 */
export function jekyllUrlResolver(site: JekyllSite, pages: PageIndex, paths: ReadonlySet<string>, page: JekyllPage): UrlResolver {
  return (written) => {
    let url = written.trim();
    if (site.url !== '' && (url === site.url || url.startsWith(`${site.url}/`))) url = url.slice(site.url.length) || '/';
    const kind = classifyUrl(url);
    if (kind !== 'root' && kind !== 'relative') return undefined;
    const { pathPart, fragment } = splitUrl(url);
    if (pathPart === '') return undefined;
    if (kind === 'relative' && paths.has(posix.join(posix.dirname(page.path), safeDecode(pathPart)))) return undefined;
    const absolute = kind === 'root' ? pathPart : new URL(pathPart, `https://site.invalid${page.url}`).pathname;
    const target = pages.byUrl(absolute)?.path ?? staticFile(site, paths, absolute);
    return target === undefined || target === page.path && fragment !== undefined && pathPart === '' ? undefined : relativeFileLink(page.path, target, fragment);
  };
}

/** A file the site copies as it is, at its path under the site's source. */
function staticFile(site: JekyllSite, paths: ReadonlySet<string>, url: string): string | undefined {
  let path = safeDecode(url).replace(/^\/+/, '');
  if (site.baseurl !== '' && `/${path}`.startsWith(`${site.baseurl}/`)) path = path.slice(site.baseurl.length);
  const candidate = posix.join(site.dir, path);
  return path !== '' && paths.has(candidate) ? candidate : undefined;
}
