import { posix } from 'node:path';
import type { SiteNav, SiteNavItem } from '../../write/nav-files.js';

/** The parts of Docusaurus' sidebar items this module reads and makes. */
export type SidebarItem =
  | { type: 'doc'; id: string; label?: string }
  | { type: 'link'; label: string; href: string }
  | { type: 'category'; label: string; items: SidebarItem[]; link?: { type: 'doc'; id: string } | { type: string }; collapsed?: boolean; [key: string]: unknown }
  | { type: string; [key: string]: unknown };

/** A doc as the sidebar generator knows it: its id, and its path in the content tree. */
export interface NavDoc {
  id: string;
  path: string;
}

/** A `_nav.json` and the folder (section-relative, '.' for the section root) it sits in. */
export interface FolderNav {
  folder: string;
  nav: SiteNav;
}

/**
 * Replaces the generated items of each folder that has an upstream navigation by that navigation: its order,
 * its labels, its sections. The folder's pages the nav does not list follow, as generated. Folders are found
 * in the generated tree by the docs they hold; a folder that cannot be found keeps the generated items.
 */
export function applyUpstreamNavs(items: SidebarItem[], docs: readonly NavDoc[], navs: readonly FolderNav[], section: string): SidebarItem[] {
  let result = items;
  const idOf = new Map(docs.map((doc) => [doc.path, doc.id]));
  // deepest folders first, so a nav inside another nav's folder is applied before its parent is rebuilt
  for (const { folder, nav } of [...navs].sort((a, b) => b.folder.length - a.folder.length)) {
    const inFolder = new Set(docs.filter((doc) => isUnder(doc.path, posix.join(section, folder))).map((doc) => doc.id));
    result = replaceFolder(result, inFolder, (generated) => {
      const listed = new Set<string>();
      const navItems = nav.items.flatMap((item) => toSidebarItem(item, idOf, listed));
      return [...navItems, ...withoutDocs(generated, listed)];
    });
  }
  return result;
}

function isUnder(path: string, folder: string): boolean {
  return folder === '.' || folder === '' || path.startsWith(`${folder}/`);
}

/** Applies `rebuild` to the items of the category that holds exactly `docs` (or to `items` when they are exactly that). */
function replaceFolder(items: SidebarItem[], docs: ReadonlySet<string>, rebuild: (items: SidebarItem[]) => SidebarItem[]): SidebarItem[] {
  if (docs.size === 0) return items;
  if (sameSet(docIds(items), docs)) return rebuild(items);
  return items.map((item) => {
    if (!isCategory(item)) return item;
    const held = docIds([item]);
    if (![...docs].every((id) => held.has(id))) return item;
    if (sameSet(held, docs)) {
      const link = item.link && 'id' in item.link ? item.link.id : undefined;
      const rebuilt = rebuild(item.items).filter((child) => !(child.type === 'doc' && (child as { id: string }).id === link));
      return { ...item, items: rebuilt };
    }
    return { ...item, items: replaceFolder(item.items, docs, rebuild) };
  });
}

function toSidebarItem(item: SiteNavItem, idOf: ReadonlyMap<string, string>, listed: Set<string>): SidebarItem[] {
  if (item.type === 'link') return [{ type: 'link', label: item.label, href: item.href }];
  if (item.type === 'doc') {
    const id = idOf.get(item.path);
    if (id === undefined || listed.has(id)) return [];
    listed.add(id);
    return [{ type: 'doc', id, ...(item.label !== undefined ? { label: item.label } : {}) }];
  }
  const indexId = item.path !== undefined ? idOf.get(item.path) : undefined;
  if (indexId !== undefined) listed.add(indexId);
  const children = item.items.flatMap((child) => toSidebarItem(child, idOf, listed));
  if (children.length === 0 && indexId === undefined) return [];
  return [{ type: 'category', label: item.label, items: children, collapsed: item.collapsed ?? true, collapsible: true, ...(indexId !== undefined ? { link: { type: 'doc', id: indexId } } : {}) }];
}

/** The generated items without the docs the nav already placed (categories left empty disappear). */
function withoutDocs(items: readonly SidebarItem[], listed: ReadonlySet<string>): SidebarItem[] {
  return items.flatMap((item): SidebarItem[] => {
    if (item.type === 'doc') return listed.has((item as { id: string }).id) ? [] : [item];
    if (!isCategory(item)) return [item];
    const link = item.link && 'id' in item.link && !listed.has(item.link.id) ? item.link : undefined;
    const children = withoutDocs(item.items, listed);
    if (children.length === 0 && !link) return [];
    const { link: _link, ...rest } = item;
    return [{ ...rest, ...(link ? { link } : {}), items: children }];
  });
}

function docIds(items: readonly SidebarItem[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.type === 'doc') ids.add((item as { id: string }).id);
    else if (isCategory(item)) {
      if (item.link && 'id' in item.link) ids.add(item.link.id);
      for (const id of docIds(item.items)) ids.add(id);
    }
  }
  return ids;
}

function isCategory(item: SidebarItem): item is Extract<SidebarItem, { type: 'category' }> {
  return item.type === 'category' && Array.isArray((item as { items?: unknown }).items);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value));
}
