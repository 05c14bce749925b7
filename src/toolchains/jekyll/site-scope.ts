import { posix } from 'node:path';
import type { JekyllPage, PageIndex } from './pages.js';
import type { JekyllSite } from './read-site.js';

/**
 * `site` as templates see it: _config.yml, `site.data`, and the pages and collections with their front
 * matter and URLs (no rendered `content`: a page's text is not rendered for another's). No `site.time`:
 * a build time would make every conversion differ.
 */
export function siteScope(site: JekyllSite, pages: PageIndex): Record<string, unknown> {
  const all = [...pages.byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  const drops = new Map(all.map((page) => [page.path, pageScope(page)]));
  const inCollection = (label: string) => all.filter((page) => page.collection?.label === label).map((page) => drops.get(page.path)!);
  const posts = all
    .filter((page) => page.collection?.label === 'posts')
    .sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0))
    .map((page) => drops.get(page.path)!);
  const collections = site.collections.map((collection) => ({ label: collection.label, output: collection.output, docs: collection.label === 'posts' ? posts : inCollection(collection.label), ...(collection.permalink ? { permalink: collection.permalink } : {}) }));
  return {
    ...site.config,
    ...Object.fromEntries(collections.map((collection) => [collection.label, collection.docs])),
    baseurl: site.baseurl,
    url: site.url,
    data: site.data,
    pages: all.filter((page) => !page.collection).map((page) => drops.get(page.path)!),
    posts,
    collections,
    documents: all.filter((page) => page.collection).map((page) => drops.get(page.path)!),
  };
}

/** `page`: its front matter (with the site's defaults) and what Jekyll adds (url, path, name, collection, date). */
export function pageScope(page: JekyllPage): Record<string, unknown> {
  const name = posix.basename(page.relative);
  return {
    ...page.data,
    url: page.url,
    path: page.relative,
    name,
    dir: posix.dirname(page.url.endsWith('/') ? `${page.url}x` : page.url),
    ...(page.collection ? { collection: page.collection.label, id: page.url.replace(/\.html$/, '').replace(/\/$/, ''), slug: name.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '') } : {}),
    ...(page.date ? { date: page.date } : {}),
    content: '',
  };
}
