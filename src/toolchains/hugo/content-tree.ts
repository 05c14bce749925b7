import { posix } from 'node:path';
import { safeDecode } from '../../markdown/resolve-upstream-path.js';
import { readHugoFrontMatter } from './front-matter.js';
import type { HugoSite } from './site-config.js';

const CONTENT = /\.(md|markdown|mdx|html?)$/i;

/** A page of the site, with what ordering, labels and routes need from its front matter. */
export interface HugoPage {
  path: string;
  data: Record<string, unknown>;
  /** Its URL path, as Hugo makes it (lowercased, `/` at both ends). */
  route: string;
  /** `_index.md`: a section's (or the home) page. */
  isSection: boolean;
}

/** The pages of a Hugo site and how its URLs lead to files. */
export interface ContentTree {
  site: HugoSite;
  pages: ReadonlyMap<string, HugoPage>;
  isPage(path: string): boolean;
  /** The file a site URL path serves: a page, or a file of `content/` or `static/`. */
  resolveRoute(route: string): string | undefined;
  /** The page `{{< ref >}}` means from `from`: `page`, `page.md`, `/section/page`, `../other` (no `#anchor`). */
  resolveRef(from: string, target: string): string | undefined;
  /** The URL path of a page (for links relative to it). */
  routeOf(path: string): string | undefined;
}

/**
 * Pages are the content files under `content/`, except the other files of a leaf bundle (a folder with an
 * `index.md`: they are its resources) and headless bundles. Routes follow the file tree, `slug` and `url`.
 */
export function buildContentTree(site: HugoSite, docs: ReadonlyMap<string, string>, paths: ReadonlySet<string>): ContentTree {
  const prefix = site.contentDir === '' ? '' : `${site.contentDir}/`;
  const inContent = [...docs.keys()].filter((path) => path.startsWith(prefix) && CONTENT.test(path));
  const leafBundles = inContent.filter((path) => /^index\./i.test(posix.basename(path))).map((path) => posix.dirname(path));
  const pages = new Map<string, HugoPage>();
  for (const path of inContent) {
    const dir = posix.dirname(path);
    const bundleIndex = leafBundles.includes(dir) && /^index\./i.test(posix.basename(path));
    if (!bundleIndex && leafBundles.some((bundle) => dir === bundle || dir.startsWith(`${bundle}/`))) continue;
    const data = readHugoFrontMatter(docs.get(path)!)?.data ?? {};
    if (data.headless === true) continue;
    pages.set(path, { path, data, route: routeFor(path.slice(prefix.length), data), isSection: /^_index\./i.test(posix.basename(path)) });
  }
  const byRoute = new Map([...pages.values()].map((page) => [page.route, page.path]));

  const resolveRoute = (route: string) => {
    const key = normalizeRoute(route);
    const page = byRoute.get(key);
    if (page) return page;
    const file = safeDecode(route.split(/[?#]/)[0]!).replace(/^\/+/, '');
    return [site.contentDir, ...site.staticDirs].map((dir) => posix.join(dir, file)).find((path) => file !== '' && paths.has(path));
  };
  const lookupFile = (base: string) => {
    const bare = base.replace(/\/+$/, '');
    const candidates = CONTENT.test(bare) ? [bare] : [`${bare}.md`, `${bare}/index.md`, `${bare}/_index.md`, `${bare}.markdown`, `${bare}/index.markdown`, `${bare}/_index.markdown`];
    return candidates.find((candidate) => pages.has(candidate));
  };
  return {
    site,
    pages,
    isPage: (path) => pages.has(path),
    resolveRoute,
    resolveRef(from, target) {
      const path = safeDecode(target.trim());
      if (path.startsWith('/')) return lookupFile(posix.join(site.contentDir, path));
      const found = lookupFile(posix.join(posix.dirname(from), path)) ?? lookupFile(posix.join(site.contentDir, path));
      if (found) return found;
      // older Hugo found a page by its file name alone, when only one page has it
      const named = [...pages.keys()].filter((page) => page.endsWith(`/${path}`) || page.endsWith(`/${path}.md`));
      return named.length === 1 ? named[0] : undefined;
    },
    routeOf: (path) => pages.get(path)?.route,
  };
}

/** Hugo's URL for a content file: its folders and name (a section or bundle index: the folder), `slug`, `url`. */
function routeFor(relative: string, data: Record<string, unknown>): string {
  if (typeof data.url === 'string' && data.url !== '') return normalizeRoute(data.url);
  const segments = relative.replace(CONTENT, '').split('/');
  if (/^_?index$/i.test(segments.at(-1)!)) segments.pop();
  else if (typeof data.slug === 'string' && data.slug !== '') segments[segments.length - 1] = data.slug;
  return normalizeRoute(`/${segments.join('/')}`);
}

/** A URL path as a route key: decoded, lowercased, spaces as `-`, `index.html`/`.html` dropped, `/` at both ends. */
export function normalizeRoute(route: string): string {
  const path = safeDecode(route.split(/[?#]/)[0]!).toLowerCase().replace(/ /g, '-').replace(/\/index\.html?$/, '/').replace(/\.html?$/, '');
  return `/${path.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
}
