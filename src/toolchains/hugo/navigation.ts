import { posix } from 'node:path';
import { classifyUrl } from '../../markdown/classify-url.js';
import type { NavItem, NavTree } from '../types.js';
import type { ContentTree, HugoPage } from './content-tree.js';
import { menuEntries, table, type MenuEntryConfig } from './site-config.js';

/**
 * The site's navigation: a menu (config `[[menu.NAME]]` entries, pages' `menu:` front matter, `sectionPagesMenu`)
 * when one lists at least half of the pages, as kind's sidebar does; else the section tree, ordered as Hugo
 * orders pages (weight, date, title), sections by their `_index.md`. Labels: the menu entry's name, else
 * `linkTitle`, else `title`.
 */
export function buildNavigation(tree: ContentTree, file: string): NavTree {
  const menus = new Set([...Object.keys(tree.site.menus), ...[...tree.pages.values()].flatMap((page) => Object.keys(pageMenus(page)))]);
  const candidates = [...menus].map((name) => menuTree(tree, name)).sort((a, b) => b.pages - a.pages);
  const best = candidates[0];
  if (best && best.pages * 2 >= tree.pages.size) return { file, items: best.items };
  return { file, items: sectionItems(tree, tree.site.contentDir) };
}

interface Entry {
  identifier: string;
  name: string;
  weight: number;
  parent?: string;
  page?: string;
  url?: string;
}

function menuTree(tree: ContentTree, menu: string): { items: NavItem[]; pages: number } {
  const entries: Entry[] = (tree.site.menus[menu] ?? []).map((config) => configEntry(tree, config));
  for (const page of tree.pages.values()) {
    const props = pageMenus(page)[menu];
    if (props === undefined) continue;
    const name = props.name ?? label(page);
    entries.push({ identifier: props.identifier ?? props.name ?? page.path, name, weight: props.weight ?? weightOf(page), page: page.path, ...(props.parent ? { parent: props.parent } : {}) });
  }
  if (tree.site.sectionPagesMenu === menu) {
    for (const section of topSections(tree)) {
      if (entries.some((entry) => entry.identifier === section.name)) continue;
      entries.push({ identifier: section.name, name: section.index ? label(section.index) : titleCase(section.name), weight: section.index ? weightOf(section.index) : 0, ...(section.index ? { page: section.index.path } : {}) });
    }
  }
  const known = new Set(entries.flatMap((entry) => [entry.identifier, entry.name]));
  const childrenOf = (parent: string | undefined): NavItem[] =>
    entries
      .filter((entry) => (parent === undefined ? !entry.parent || !known.has(entry.parent) : entry.parent === parent))
      .sort(byMenuOrder)
      .flatMap((entry): NavItem[] => {
        const children = entry.parent === entry.identifier ? [] : childrenOf(entry.identifier);
        if (children.length > 0) return [{ kind: 'section', label: entry.name, ...(entry.page ? { path: entry.page } : {}), items: children }];
        if (entry.page) return [{ kind: 'page', path: entry.page, label: entry.name }];
        return entry.url && classifyUrl(entry.url) === 'external' ? [{ kind: 'link', label: entry.name, href: entry.url }] : [];
      });
  return { items: childrenOf(undefined), pages: new Set(entries.flatMap((entry) => (entry.page ? [entry.page] : []))).size };
}

function configEntry(tree: ContentTree, config: MenuEntryConfig): Entry {
  const route = config.pageRef ?? config.url;
  const target = config.pageRef ? tree.resolveRef(`${tree.site.contentDir}/_`, config.pageRef) : route && classifyUrl(route) === 'root' ? tree.resolveRoute(route) : undefined;
  const page = target && tree.pages.has(target) ? target : undefined;
  const name = config.name ?? config.identifier ?? '';
  return { identifier: config.identifier ?? name, name, weight: config.weight ?? 0, ...(config.parent ? { parent: config.parent } : {}), ...(page ? { page } : {}), ...(config.url ? { url: config.url } : {}) };
}

/** A page's `menu:` front matter: a menu name, a list of names, or entries by menu name. */
function pageMenus(page: HugoPage): Record<string, MenuEntryConfig> {
  const value = page.data.menu ?? page.data.menus;
  if (typeof value === 'string') return { [value]: {} };
  if (Array.isArray(value)) return Object.fromEntries(value.filter((v): v is string => typeof v === 'string').map((name) => [name, {}]));
  return Object.fromEntries(Object.entries(table(value)).map(([name, props]) => [name, menuEntries(props)[0] ?? {}]));
}

/** Hugo's menu order: weight (none last), then name, then identifier. */
function byMenuOrder(a: Entry, b: Entry): number {
  return byWeight(a.weight, b.weight) || a.name.localeCompare(b.name) || a.identifier.localeCompare(b.identifier);
}

function sectionItems(tree: ContentTree, dir: string): NavItem[] {
  const items: Array<{ order: HugoPage | undefined; label: string; path: string; item: NavItem }> = [];
  const folders = new Set<string>();
  for (const page of tree.pages.values()) {
    const relative = posix.relative(dir, page.path);
    if (relative.startsWith('..')) continue;
    const [first, ...rest] = relative.split('/');
    const leafBundle = rest.length === 1 && /^index\./i.test(rest[0]!);
    if (rest.length === 0 && !page.isSection) items.push({ order: page, label: label(page), path: page.path, item: { kind: 'page', path: page.path, label: label(page) } });
    else if (leafBundle) items.push({ order: page, label: label(page), path: page.path, item: { kind: 'page', path: page.path, label: label(page) } });
    else if (rest.length > 0) folders.add(first!);
  }
  for (const folder of folders) {
    const path = posix.join(dir, folder);
    const index = [...tree.pages.values()].find((page) => page.isSection && posix.dirname(page.path) === path);
    const sectionLabel = index ? label(index) : titleCase(folder);
    items.push({ order: index, label: sectionLabel, path, item: { kind: 'section', label: sectionLabel, ...(index ? { path: index.path } : {}), items: sectionItems(tree, path) } });
  }
  return items.sort((a, b) => byPageOrder(a.order, b.order) || a.label.localeCompare(b.label) || a.path.localeCompare(b.path)).map((entry) => entry.item);
}

/** Hugo's page order: weight (none last), then date (newest first); the caller then orders by title. */
function byPageOrder(a: HugoPage | undefined, b: HugoPage | undefined): number {
  return byWeight(a ? weightOf(a) : 0, b ? weightOf(b) : 0) || (b ? dateOf(b) : 0) - (a ? dateOf(a) : 0);
}

function byWeight(a: number, b: number): number {
  if (a === b) return 0;
  if (a === 0) return 1;
  if (b === 0) return -1;
  return a - b;
}

function topSections(tree: ContentTree): Array<{ name: string; index?: HugoPage }> {
  const prefix = tree.site.contentDir === '' ? '' : `${tree.site.contentDir}/`;
  const names = new Set([...tree.pages.keys()].map((path) => path.slice(prefix.length).split('/')).filter((parts) => parts.length > 1).map((parts) => parts[0]!));
  return [...names].map((name) => {
    const index = [...tree.pages.values()].find((page) => page.isSection && posix.dirname(page.path) === `${prefix}${name}`);
    return { name, ...(index ? { index } : {}) };
  });
}

/** A page's label: `linkTitle`, else `title`, else its file (or folder) name. */
export function label(page: HugoPage): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const name = /^_?index\./i.test(posix.basename(page.path)) ? posix.basename(posix.dirname(page.path)) : posix.basename(page.path).replace(/\.[^.]+$/, '');
  return text(page.data.linkTitle) ?? text(page.data.linktitle) ?? text(page.data.title) ?? titleCase(name);
}

function weightOf(page: HugoPage): number {
  const weight = Number(page.data.weight);
  return Number.isFinite(weight) ? weight : 0;
}

function dateOf(page: HugoPage): number {
  const value = page.data.date;
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? 0 : time;
}

function titleCase(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
