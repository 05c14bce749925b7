import { posix } from 'node:path';
import type { NavItem, NavTree, ToolchainProblem } from '../types.js';
import type { PageIndex } from './pages.js';
import { urlKey } from './permalinks.js';
import type { JekyllSite } from './read-site.js';

/** Keys naming the page of a nav entry, and keys naming its label, in the order themes use them. */
const REFERENCE_KEYS = ['url', 'link', 'href', 'permalink', 'path', 'page'];
const LABEL_KEYS = ['title', 'name', 'label', 'text'];

interface ReadList {
  items: NavItem[];
  /** References to the site itself (external links aside), and those naming no page. */
  internal: number;
  missing: string[];
}

/**
 * Jekyll has no navigation file; sites keep theirs in `_data` and render it in their layouts. A data file
 * is taken as navigation when it is a list whose entries name pages, and most of them do:
 * - a string: a page's permalink (`/docs/usage/`), its path in the site (`_docs/usage.md`), or, in a list under
 *   a collection's name (`docs: [usage, …]`), a document of that collection by file name or last URL segment;
 * - a mapping with `url`/`link`/`href`/`permalink`/`path`/`page` (the page) and `title`/`name`/`label`/`text`
 *   (its label); external URLs are links;
 * - a mapping with a label and a list (under any key: `docs`, `children`, `items`, …): a section, its own page
 *   (if it names one) as the section's page.
 * Several such files make one navigation, the one listing most pages first.
 */
export function readNavData(site: JekyllSite, pages: PageIndex, isPage: (path: string) => boolean): { nav?: NavTree; problems: ToolchainProblem[] } {
  const found: { file: string; list: ReadList; pages: number }[] = [];
  for (const [file, value] of site.dataFiles) {
    if (!Array.isArray(value)) continue;
    const list = readList(value, undefined, { site, pages, isPage });
    const resolved = list.internal - list.missing.length;
    if (resolved > 0 && resolved * 2 > list.internal) found.push({ file, list, pages: resolved });
  }
  if (found.length === 0) return { problems: [] };
  found.sort((a, b) => b.pages - a.pages || a.file.localeCompare(b.file));
  const problems = found.flatMap(({ file, list }) =>
    list.missing.map((entry): ToolchainProblem => ({ severity: 'info', code: 'toolchain/nav-entry-missing', construct: entry, message: `the navigation in ${posix.basename(file)} names ${entry}, which is not a page of this source`, file })),
  );
  return { nav: { file: found[0]!.file, items: found.flatMap(({ list }) => list.items) }, problems };
}

interface Lookup {
  site: JekyllSite;
  pages: PageIndex;
  isPage: (path: string) => boolean;
}

function readList(entries: readonly unknown[], collection: string | undefined, lookup: Lookup): ReadList {
  const result: ReadList = { items: [], internal: 0, missing: [] };
  const add = (list: ReadList) => {
    result.internal += list.internal;
    result.missing.push(...list.missing);
  };
  for (const entry of entries) {
    if (typeof entry === 'string') {
      const item = readReference(entry, undefined, collection, lookup);
      add(item.list);
      result.items.push(...item.items);
      continue;
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const fields = entry as Record<string, unknown>;
    const label = LABEL_KEYS.map((key) => fields[key]).find((value): value is string => typeof value === 'string');
    const reference = REFERENCE_KEYS.map((key) => fields[key]).find((value): value is string => typeof value === 'string');
    const childKey = Object.keys(fields).find((key) => !REFERENCE_KEYS.includes(key) && Array.isArray(fields[key]) && (fields[key] as unknown[]).some((child) => typeof child === 'string' || (child !== null && typeof child === 'object')));
    if (childKey !== undefined) {
      const childCollection = lookup.site.collections.some((c) => c.label === childKey) ? childKey : collection;
      const children = readList(fields[childKey] as unknown[], childCollection, lookup);
      add(children);
      const own = reference !== undefined ? readReference(reference, label, collection, lookup) : undefined;
      if (own) add(own.list);
      const path = own?.items[0]?.kind === 'page' ? own.items[0].path : undefined;
      result.items.push({ kind: 'section', label: label ?? childKey, ...(path !== undefined ? { path } : {}), items: children.items });
    } else if (reference !== undefined) {
      const item = readReference(reference, label, collection, lookup);
      add(item.list);
      result.items.push(...item.items);
    }
  }
  return result;
}

function readReference(reference: string, label: string | undefined, collection: string | undefined, lookup: Lookup): { items: NavItem[]; list: ReadList } {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference)) {
    return { items: label !== undefined ? [{ kind: 'link', label, href: reference }] : [], list: { items: [], internal: 0, missing: [] } };
  }
  const path = findPage(reference, collection, lookup);
  if (path === undefined) return { items: [], list: { items: [], internal: 1, missing: [reference] } };
  return { items: [{ kind: 'page', path, ...(label !== undefined ? { label } : {}) }], list: { items: [], internal: 1, missing: [] } };
}

/** The page a nav entry names: a permalink, a path in the site, or a document of the list's collection by slug. */
function findPage(reference: string, collection: string | undefined, { site, pages, isPage }: Lookup): string | undefined {
  const candidates: (string | undefined)[] = [];
  const folder = site.collections.find((c) => c.label === collection)?.dir;
  const bare = reference.replace(/^\/+/, '').replace(/\.(md|markdown)$/i, '');
  if (folder !== undefined) {
    candidates.push(`${folder}/${bare}.md`, `${folder}/${bare}.markdown`);
    // or the document whose URL ends in the slug (`home` for a permalink `/tutorials/home/`)
    candidates.push([...pages.byPath.values()].find((page) => page.collection?.dir === folder && urlKey(page.url).endsWith(`/${bare}`))?.path);
  }
  if (reference.startsWith('/')) candidates.push(pages.byUrl(reference)?.path);
  candidates.push(posix.join(site.dir, reference.replace(/^\/+/, '')), `${posix.join(site.dir, bare)}.md`, `${posix.join(site.dir, bare)}.markdown`);
  if (!reference.startsWith('/')) candidates.push(pages.byUrl(`/${reference}`)?.path);
  return candidates.find((path): path is string => path !== undefined && pages.byPath.has(path) && isPage(path));
}
