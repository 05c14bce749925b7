import picomatch from 'picomatch';
import { posix } from 'node:path';
import type { NavItem } from '../types.js';
import { localSettings, sortChildren, type Child, type Settings } from './awesome-nav-order.js';
import { isRecord } from './read-yaml.js';

/**
 * The navigation of the awesome-pages plugin (`.pages` files, v2) and its successor awesome-nav (`.nav.yml`,
 * v3): each folder's file may title it (`title`), hide it (`hide`), sort it (`order`/`sort_type` in v2, `sort`
 * in v3) and arrange it (`nav`): names of pages and subfolders, `Title: page.md`, `Title: https://…` links,
 * `Section: [ … ]`, and the pages not named elsewhere (`...` with `| flat`, `| glob` or `| regex=` in v2; glob
 * patterns such as `"*"` in v3). Folders without a file keep mkdocs' order. Paths are snapshot paths.
 */
export interface AwesomeNavInput {
  flavor: 'pages' | 'nav';
  docsDir: string;
  /** The pages under docs_dir. */
  pages: readonly string[];
  /** Each folder's nav file, read. */
  navFiles: ReadonlyMap<string, Record<string, unknown>>;
  /** The plugin's own options (v2 defaults: `collapse_single_pages`, `order`, `sort_type`). */
  pluginOptions: Record<string, unknown>;
}

export interface Folder {
  path: string;
  pages: string[];
  folders: Folder[];
}


const URL = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const REST_V2 = /^\.{3}\s*(?:\|\s*(flat)\s*)?\s*(?:\|\s*(?:(regex|glob)=)?(.*))?$/;
const GLOB_CHARS = /[*?[]/;

export function readAwesomeNav(input: AwesomeNavInput): NavItem[] {
  const options = input.pluginOptions;
  const settings: Settings = {
    collapse: options.collapse_single_pages === true || options.flatten_single_child_sections === true,
    ...(options.order === 'asc' || options.order === 'desc' ? { order: options.order } : {}),
    natural: input.flavor === 'nav' || options.sort_type === 'natural',
    sections: input.flavor === 'pages' && (options.order === 'asc' || options.order === 'desc') ? 'mixed' : 'last',
    ignoreCase: options.ignore_case === true,
  };
  return folderItems(tree(input.docsDir, input.pages), settings, input);
}

function tree(root: string, pages: readonly string[]): Folder {
  const top: Folder = { path: root, pages: [], folders: [] };
  for (const page of pages) {
    const parts = (root === '' ? page : page.slice(root.length + 1)).split('/');
    let folder = top;
    for (const part of parts.slice(0, -1)) {
      const path = posix.join(folder.path, part);
      let next = folder.folders.find((f) => f.path === path);
      if (!next) folder.folders.push((next = { path, pages: [], folders: [] }));
      folder = next;
    }
    folder.pages.push(page);
  }
  return top;
}

function folderItems(folder: Folder, inherited: Settings, input: AwesomeNavInput): NavItem[] {
  const meta = input.navFiles.get(folder.path) ?? {};
  const settings = localSettings(inherited, meta, input.flavor);
  const ignored = typeof meta.ignore === 'string' || Array.isArray(meta.ignore) ? picomatch(meta.ignore as string | string[]) : () => false;
  const children = sortChildren(
    [...folder.pages.map((path) => ({ name: posix.basename(path), path })), ...folder.folders.map((f) => ({ name: posix.basename(f.path), path: f.path, folder: f }))].filter((child) => !ignored(child.name)),
    settings,
  );
  const toItem = (child: Child, label?: string): NavItem[] => (child.folder ? folderSection(child.folder, settings, input, label) : [{ kind: 'page', path: child.path, ...(label !== undefined ? { label } : {}) }]);
  if (!Array.isArray(meta.nav)) return children.flatMap((child) => toItem(child));
  const listed = new Set<string>();
  const rests: Array<{ matches: (child: Child) => boolean; flat: boolean; items: NavItem[] }> = [];
  const slots = new Map<NavItem, NavItem[]>();
  const arrange = (entries: readonly unknown[]): NavItem[] =>
    entries.flatMap((entry): NavItem[] => {
      const rest = restOf(entry, input.flavor);
      if (rest) {
        const placeholder: NavItem = { kind: 'link', label: '...', href: '' };
        const items: NavItem[] = [];
        slots.set(placeholder, items);
        rests.push({ ...rest, items });
        return [placeholder];
      }
      const [label, value] = typeof entry === 'string' ? [undefined, entry] : isRecord(entry) ? (Object.entries(entry)[0] ?? []) : [];
      if (Array.isArray(value) && label !== undefined) return [{ kind: 'section', label, items: arrange(value) }];
      if (typeof value !== 'string') return [];
      if (URL.test(value)) return [{ kind: 'link', label: label ?? value, href: value }];
      const path = posix.normalize(posix.join(folder.path || '.', value)).replace(/\/$/, '');
      const child = children.find((c) => c.path === path) ?? findDeeper(folder, path);
      if (!child) return [];
      listed.add(child.path);
      return toItem(child, label);
    });
  const arranged = arrange(meta.nav);
  // patterns take what they match first, then a plain `...` takes the rest
  for (const rest of [...rests].sort((a, b) => Number(a.matches === ALL) - Number(b.matches === ALL))) {
    for (const child of children.filter((c) => !listed.has(c.path) && rest.matches(c))) {
      listed.add(child.path);
      rest.items.push(...(rest.flat && child.folder ? folderItems(child.folder, settings, input) : toItem(child)));
    }
  }
  const unmatched = meta.append_unmatched === true ? children.filter((c) => !listed.has(c.path)).flatMap((c) => toItem(c)) : [];
  return [...fillSlots(arranged, slots), ...unmatched];
}

const ALL = (): boolean => true;

function restOf(entry: unknown, flavor: AwesomeNavInput['flavor']): { matches: (child: Child) => boolean; flat: boolean } | undefined {
  if (flavor === 'pages') {
    const match = typeof entry === 'string' ? REST_V2.exec(entry.trim()) : null;
    if (!match) return undefined;
    const pattern = match[3]?.trim();
    if (!pattern) return { matches: ALL, flat: Boolean(match[1]) };
    if (match[2] === 'regex') {
      const regex = safeRegex(pattern);
      return { matches: (child) => regex?.test(child.name) ?? false, flat: Boolean(match[1]) };
    }
    const glob = picomatch(pattern);
    return { matches: (child) => glob(child.name), flat: Boolean(match[1]) };
  }
  const pattern = typeof entry === 'string' && GLOB_CHARS.test(entry) ? entry : isRecord(entry) && typeof entry.glob === 'string' ? entry.glob : undefined;
  if (pattern === undefined) return undefined;
  const glob = picomatch(pattern);
  return { matches: (child) => glob(child.name), flat: isRecord(entry) && entry.flatten_single_child_sections === true };
}

/** Puts what each rest entry took in its place. */
function fillSlots(items: readonly NavItem[], slots: ReadonlyMap<NavItem, NavItem[]>): NavItem[] {
  return items.flatMap((item) => slots.get(item) ?? (item.kind === 'section' ? [{ ...item, items: fillSlots(item.items, slots) }] : [item]));
}

function folderSection(folder: Folder, settings: Settings, input: AwesomeNavInput, label?: string): NavItem[] {
  const meta = input.navFiles.get(folder.path) ?? {};
  if (meta.hide === true) return [];
  // a folder's index page (index.md, else README.md) is its section's page, as on the rest of the site
  const index = folder.pages.find((page) => /^index\.md$/i.test(posix.basename(page))) ?? folder.pages.find((page) => /^readme\.md$/i.test(posix.basename(page)));
  const items = folderItems(folder, settings, input).filter((item) => !(item.kind === 'page' && item.path === index));
  const collapse = typeof meta.collapse === 'boolean' ? meta.collapse : localSettings(settings, meta, input.flavor).collapse;
  if (collapse && items.length === 1 && !index) return items;
  if (items.length === 0 && !index) return [];
  const title = label ?? (typeof meta.title === 'string' ? meta.title : folderTitle(posix.basename(folder.path)));
  return [{ kind: 'section', label: title, ...(index ? { path: index } : {}), items }];
}

function findDeeper(folder: Folder, path: string): Child | undefined {
  for (const child of folder.folders) {
    if (child.path === path) return { name: posix.basename(path), path, folder: child };
    if (path.startsWith(`${child.path}/`)) {
      const page = child.pages.find((p) => p === path);
      if (page) return { name: posix.basename(page), path: page };
      const deeper = findDeeper(child, path);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

/** mkdocs' title for a folder: dashes and underscores as spaces, capitalised when all lowercase. */
function folderTitle(name: string): string {
  const title = name.replace(/[-_]/g, ' ');
  return title === title.toLowerCase() ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}

function safeRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}
