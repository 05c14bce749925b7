import { posix } from 'node:path';
import { classifyUrl } from '../../markdown/classify-url.js';
import { safeDecode, splitUrl } from '../../markdown/resolve-upstream-path.js';
import { relativeFileLink, type UrlResolver } from '../shared/rewrite-destinations.js';
import type { DocIndex, DocusaurusDoc } from './doc-index.js';
import type { DocusaurusSite } from './site-config.js';

/**
 * Docusaurus pages link to files (`./setup.md`: left to the transform), to routes (`/docs/iaas/`, `../guides`,
 * the site's own URL), by id to docs (`iaas/index`), and to the `static` folder (`/img/logo.png`). Routes,
 * ids and static files become file links;
 * a `.md` link not found next to the page is looked up from the docs folder, as Docusaurus does. Links of a
 * partial are written from the page it is inlined into (`linkFrom`).
 */
export function docusaurusUrlResolver(site: DocusaurusSite, index: DocIndex, paths: ReadonlySet<string>, page: { path: string; doc?: DocusaurusDoc }, linkFrom = page.path): UrlResolver {
  const ownPrefix = site.url === '' ? undefined : `${site.url}${site.baseUrl.replace(/\/+$/, '')}`;
  return (written) => {
    let url = written.trim();
    if (ownPrefix !== undefined && (url === ownPrefix || url.startsWith(`${ownPrefix}/`))) url = url.slice(ownPrefix.length) || '/';
    const kind = classifyUrl(url);
    if (kind !== 'root' && kind !== 'relative') return undefined;
    const { pathPart, fragment } = splitUrl(url);
    if (pathPart === '') return undefined;
    const decoded = safeDecode(pathPart);
    const folder = posix.dirname(page.path);
    // a file next to the page is the transform's to resolve; next to a partial, it is rebased to the page
    const beside = kind === 'relative' && paths.has(posix.join(folder, decoded)) ? posix.join(folder, decoded) : undefined;
    if (beside !== undefined && linkFrom === page.path) return undefined;
    const target = beside ?? markdownFile(decoded, kind, page, paths) ?? routeTarget(decoded, kind, site, index, page) ?? idTarget(decoded, kind, index, page) ?? staticFile(decoded, kind, site, paths);
    return target === undefined ? undefined : relativeFileLink(linkFrom, target, fragment);
  };
}

function markdownFile(decoded: string, kind: 'root' | 'relative', page: { doc?: DocusaurusDoc }, paths: ReadonlySet<string>): string | undefined {
  if (!/\.mdx?$/i.test(decoded) || !page.doc) return undefined;
  const candidate = posix.join(page.doc.plugin.dir, kind === 'root' ? decoded.slice(1) : decoded);
  return paths.has(candidate) ? candidate : undefined;
}

function routeTarget(decoded: string, kind: 'root' | 'relative', site: DocusaurusSite, index: DocIndex, page: { doc?: DocusaurusDoc }): string | undefined {
  let route = decoded;
  if (kind === 'relative') {
    if (!page.doc) return undefined;
    route = new URL(decoded, `https://site.invalid${page.doc.route}`).pathname;
  } else if (site.baseUrl !== '/' && route.startsWith(site.baseUrl)) route = `/${route.slice(site.baseUrl.length)}`;
  return index.byRoute(route.replace(/\/index$/, ''))?.path;
}

/** `/img/logo.png`: a file of the site's `static` folder, served at the root. */
function staticFile(decoded: string, kind: 'root' | 'relative', site: DocusaurusSite, paths: ReadonlySet<string>): string | undefined {
  if (kind !== 'root') return undefined;
  const path = site.baseUrl !== '/' && decoded.startsWith(site.baseUrl) ? decoded.slice(site.baseUrl.length) : decoded.slice(1);
  const candidate = posix.join(site.dir, 'static', path);
  return paths.has(candidate) ? candidate : undefined;
}

/** A doc id, relative to the page's folder of ids or to the plugin's root. */
function idTarget(decoded: string, kind: 'root' | 'relative', index: DocIndex, page: { doc?: DocusaurusDoc }): string | undefined {
  if (kind !== 'relative' || !page.doc) return undefined;
  const idFolder = posix.dirname(page.doc.id);
  const candidates = [posix.join(idFolder === '.' ? '' : idFolder, decoded), decoded.replace(/^\.\//, '')];
  return candidates.map((id) => index.byId(page.doc!.plugin, id.replace(/\/+$/, ''))?.path).find((path) => path !== undefined);
}
