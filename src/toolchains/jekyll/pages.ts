import { posix } from 'node:path';
import picomatch from 'picomatch';
import { splitFrontMatter } from '../shared/front-matter.js';
import { pageUrl, postDate, urlKey } from './permalinks.js';
import type { JekyllCollection, JekyllSite } from './read-site.js';

/** A doc of the site as Jekyll sees it. */
export interface JekyllPage {
  path: string;
  /** Path relative to the site source. */
  relative: string;
  collection?: JekyllCollection;
  /** Front matter with the site's defaults for it. */
  data: Record<string, unknown>;
  /** Jekyll renders (Liquid, then markdown) only files that start with front matter; others are copied as they are. */
  rendered: boolean;
  url: string;
  date?: Date;
}

/** Every doc of the site by path and by URL. */
export interface PageIndex {
  byPath: ReadonlyMap<string, JekyllPage>;
  /** A page by a URL of the site (`/docs/usage/`, `/docs/usage.html`), baseurl stripped. */
  byUrl(url: string): JekyllPage | undefined;
  /** A post by the name `{% post_url %}` uses (`2010-07-21-name`, `folder/2010-07-21-name`). */
  post(name: string): JekyllPage | undefined;
}

export function indexPages(site: JekyllSite, docs: ReadonlyMap<string, string>): PageIndex {
  const byPath = new Map<string, JekyllPage>();
  for (const [path, text] of docs) {
    const relative = siteRelative(site, path);
    if (relative === undefined) continue;
    const collection = collectionOf(site, path);
    const frontMatter = splitFrontMatter(text);
    const data = { ...defaultsFor(site, relative, collection?.label ?? 'pages'), ...frontMatter.data };
    const date = collection?.label === 'posts' ? postDate(relative, data) : undefined;
    const inCollection = collection ? { label: collection.label, path: path.slice(collection.dir.length + 1).replace(/\.[^./]+$/, '') } : undefined;
    const url = pageUrl({ relative, ...(inCollection ? { collection: inCollection } : {}), data, ...(date ? { date } : {}) }, collection?.permalink, site.permalink);
    byPath.set(path, { path, relative, ...(collection ? { collection } : {}), data, rendered: frontMatter.present, url, ...(date ? { date } : {}) });
  }
  const byKey = new Map<string, JekyllPage>();
  for (const page of byPath.values()) if (!byKey.has(urlKey(page.url))) byKey.set(urlKey(page.url), page);
  // jekyll-redirect-from (on GitHub Pages by default): old URLs of a page still lead to it
  for (const page of byPath.values()) for (const old of redirectsOf(page.data)) if (!byKey.has(urlKey(old))) byKey.set(urlKey(old), page);
  const baseurl = urlKey(site.baseurl);
  return {
    byPath,
    byUrl: (url) => {
      const key = urlKey(url);
      return byKey.get(baseurl !== '' && key.startsWith(`${baseurl}/`) ? key.slice(baseurl.length) : key);
    },
    post: (name) => [...byPath.values()].find((page) => page.collection?.label === 'posts' && page.path.slice(page.collection.dir.length + 1).replace(/\.[^./]+$/, '') === name.trim()),
  };
}

/**
 * Whether Jekyll publishes a file as a page: not in a folder or file starting with `_` or `.` (other than a
 * collection that is output), not excluded in _config.yml, not `published: false`. Files outside the site are pages.
 */
export function isJekyllPage(site: JekyllSite, path: string, page: JekyllPage | undefined): boolean {
  const relative = siteRelative(site, path);
  if (relative === undefined) return true;
  if (page?.data.published === false) return false;
  if (site.exclude.some((pattern) => relative === pattern || relative.startsWith(`${pattern.replace(/\/+$/, '')}/`) || picomatch.isMatch(relative, pattern))) return false;
  const collection = collectionOf(site, path);
  if (collection) return collection.output && !posix.relative(collection.dir, path).split('/').some(isHidden);
  return !relative.split('/').some(isHidden);
}

function redirectsOf(data: Record<string, unknown>): string[] {
  const value = data.redirect_from;
  return (Array.isArray(value) ? value : [value]).filter((url): url is string => typeof url === 'string' && url.startsWith('/'));
}

function isHidden(segment: string): boolean {
  return /^[_.#]/.test(segment) || segment.endsWith('~');
}

export function siteRelative(site: JekyllSite, path: string): string | undefined {
  if (site.dir === '') return path;
  return path.startsWith(`${site.dir}/`) ? path.slice(site.dir.length + 1) : undefined;
}

function collectionOf(site: JekyllSite, path: string): JekyllCollection | undefined {
  return site.collections.find((collection) => path.startsWith(`${collection.dir}/`));
}

/** The `defaults` of _config.yml that apply to a page, later and more specific scopes winning. */
function defaultsFor(site: JekyllSite, relative: string, type: string): Record<string, unknown> {
  const matching = site.defaults.filter((entry) => (entry.type === undefined || entry.type === type) && (entry.path === '' || relative === entry.path || relative.startsWith(`${entry.path}/`) || picomatch.isMatch(relative, entry.path)));
  matching.sort((a, b) => a.path.length - b.path.length);
  return Object.assign({}, ...matching.map((entry) => entry.values)) as Record<string, unknown>;
}
