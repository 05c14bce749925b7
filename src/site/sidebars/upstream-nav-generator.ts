import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { Options } from '@docusaurus/plugin-content-docs';
import { NAV_FILE, type SiteNav } from '../../write/nav-files.js';
import { applyUpstreamNavs, type FolderNav, type SidebarItem } from './apply-upstream-navs.js';
import { keyDuplicateLabels } from './key-duplicate-labels.js';

/**
 * The sidebar generator of a section: Docusaurus' own (folders, `_category_.json`, `sidebar_position`), then the
 * upstream navigation of every source that has one (the `_nav.json` the sync writes in its target folder); labels
 * that several items share get translation keys of their own (see keyDuplicateLabels).
 */
export function upstreamNavGenerator(sectionDir: string, section: string): NonNullable<Options['sidebarItemsGenerator']> {
  return async ({ defaultSidebarItemsGenerator, ...args }) => {
    const items = (await defaultSidebarItemsGenerator(args)) as SidebarItem[];
    const navs = readFolderNavs(sectionDir);
    if (navs.length === 0) return keyDuplicateLabels(items) as never;
    const docs = args.docs.map((doc) => ({ id: doc.id, path: posix.join(section, doc.sourceDirName === '.' ? '' : doc.sourceDirName, posix.basename(doc.source)) }));
    return keyDuplicateLabels(applyUpstreamNavs(items, docs, navs, section)) as never;
  };
}

/** Every `_nav.json` under the section's folder; an unreadable one is skipped (the sync wrote it, it is data). */
export function readFolderNavs(sectionDir: string): FolderNav[] {
  let entries: string[];
  try {
    entries = readdirSync(sectionDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.flatMap((entry): FolderNav[] => {
    if (posix.basename(entry.split(sep).join('/')) !== NAV_FILE) return [];
    try {
      const nav = JSON.parse(readFileSync(join(sectionDir, entry), 'utf8')) as SiteNav;
      const folder = relative(sectionDir, join(sectionDir, entry, '..')).split(sep).join('/') || '.';
      return Array.isArray(nav.items) ? [{ folder, nav }] : [];
    } catch {
      return [];
    }
  });
}
