import { posix } from 'node:path';
import { classifyUrl } from '../../markdown/classify-url.js';
import { safeDecode, splitUrl } from '../../markdown/resolve-upstream-path.js';
import type { RewriteUrl } from '../shared/rewrite-destinations.js';
import type { ContentTree } from './content-tree.js';

/**
 * Links written as the Hugo site's URLs — `/docs/user/quick-start/#install`, `../ingress/` (relative to the
 * page's URL, not its file), `/images/logo.png` (a file of `static/`), the site's own absolute URLs — become
 * relative links to the files that serve them, when those are in the snapshot. Links to files as they lie stay.
 */
export function siteLinkRewriter(docPath: string, tree: ContentTree, paths: ReadonlySet<string>): RewriteUrl {
  const dir = posix.dirname(docPath);
  const base = tree.site.baseURL ? new URL(tree.site.baseURL.replace(/\/*$/, '/')) : undefined;
  const basePath = base?.pathname ?? '/';
  return (url) => {
    const kind = classifyUrl(url);
    const { pathPart, query, fragment } = splitUrl(url.trim());
    let route: string | undefined;
    if (kind === 'root') route = pathPart.startsWith(basePath) ? `/${pathPart.slice(basePath.length)}` : pathPart;
    else if (kind === 'external' && base && url.startsWith(`${base.origin}${basePath}`)) route = `/${splitUrl(url.slice(base.origin.length + basePath.length)).pathPart}`;
    else if (kind === 'relative' && pathPart !== '' && !paths.has(posix.join(dir, safeDecode(pathPart)))) {
      const pageRoute = tree.routeOf(docPath);
      if (pageRoute) route = posix.resolve(pageRoute, pathPart);
    }
    const target = route === undefined ? undefined : tree.resolveRoute(route);
    if (target === undefined) return undefined;
    const relative = target === docPath ? '' : posix.relative(dir, target);
    return `${relative}${query !== undefined ? `?${query}` : ''}${fragment !== undefined ? `#${fragment}` : ''}`;
  };
}
