import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIDEBAR_FILE, type SidebarItem } from './build-standards-sidebar.js';

/**
 * The generated sidebar items of the standards section (`_sidebar.json` in `sidebarDir`: the section's folder, or
 * a locale's tree of it), without items whose document is gone from the section; `undefined` when the file is
 * absent or unreadable (the standards never synced).
 */
export function readSidebarItems(sectionDir: string, sidebarDir: string = sectionDir): SidebarItem[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(sidebarDir, SIDEBAR_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { items?: unknown }).items)) return undefined;
  return pruneItems((data as { items: SidebarItem[] }).items, (id) => docExists(sectionDir, id));
}

export function docExists(sectionDir: string, id: string): boolean {
  return ['.md', '.mdx'].some((extension) => existsSync(join(sectionDir, `${id}${extension}`)));
}

/** Drops doc items and category links whose document does not exist, then categories left empty. */
export function pruneItems(items: readonly SidebarItem[], exists: (id: string) => boolean): SidebarItem[] {
  return items.flatMap((item): SidebarItem[] => {
    if (item.type === 'doc') return exists(item.id) ? [item] : [];
    const children = pruneItems(item.items, exists);
    const { link, ...rest } = item;
    const keptLink = link && exists(link.id) ? { link } : {};
    if (children.length === 0 && !('link' in keptLink)) return [];
    return [{ ...rest, ...keptLink, items: children }];
  });
}

/** Every doc id the items name, as doc or as category link. */
export function listClaimedIds(items: readonly SidebarItem[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.type === 'doc') ids.add(item.id);
    else {
      if (item.link) ids.add(item.link.id);
      for (const id of listClaimedIds(item.items)) ids.add(id);
    }
  }
  return ids;
}
