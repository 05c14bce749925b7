import { posix } from 'node:path';
import type { CollectedSource } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NavItem } from '../toolchains/types.js';
import type { OutputFile } from './types.js';

/** The file in a source's target folder that tells the site's sidebar the upstream navigation (see src/site/sidebars). */
export const NAV_FILE = '_nav.json';

/** One entry of a `_nav.json`: pages by their path in the content tree. */
export type SiteNavItem =
  | { type: 'doc'; path: string; label?: string }
  | { type: 'category'; label: string; path?: string; collapsed?: boolean; items: SiteNavItem[] }
  | { type: 'link'; label: string; href: string };

export interface SiteNav {
  /** The upstream nav file, for messages. */
  source: string;
  items: SiteNavItem[];
}

/**
 * The upstream navigation of each source that has one, as `<target>/_nav.json` with the pages' places in the
 * tree. Entries naming no page of the tree are dropped and reported; so are pages the nav does not list
 * (they follow the listed ones in the sidebar).
 */
export function buildNavFiles(collected: readonly CollectedSource[]): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of collected) {
    if (!source.nav) continue;
    const { spec, commit } = source.fetched;
    const where = { source: spec.id, repo: spec.repo, commit, file: source.nav.file };
    const pages = new Map(source.files.filter((file) => file.kind === 'doc' && !file.translation).map((file) => [file.from, file.to]));
    const listed = new Set<string>();
    const place = (items: readonly NavItem[]): SiteNavItem[] =>
      items.flatMap((item): SiteNavItem[] => {
        if (item.kind === 'link') return [{ type: 'link', label: item.label, href: item.href }];
        if (item.kind === 'section') {
          const index = item.path !== undefined ? pages.get(item.path) : undefined;
          if (index) listed.add(item.path!);
          const children = place(item.items);
          if (children.length === 0 && !index) return [];
          return [{ type: 'category', label: item.label, ...(index ? { path: index } : {}), ...(item.collapsed !== undefined ? { collapsed: item.collapsed } : {}), items: children }];
        }
        const to = pages.get(item.path);
        if (!to) {
          diagnostics.push({ severity: 'info', code: 'toolchain/nav-entry-not-imported', message: `the navigation lists ${item.path}, which is not a page of this source on the site`, ...where, hint: 'include the file in repos.yaml, or leave it out of the navigation' });
          return [];
        }
        listed.add(item.path);
        return [{ type: 'doc', path: to, ...(item.label !== undefined ? { label: item.label } : {}) }];
      });
    const items = place(source.nav.items);
    for (const [from, to] of pages) {
      if (listed.has(from) || posix.basename(to, posix.extname(to)) === 'index') continue;
      diagnostics.push({ severity: 'info', code: 'toolchain/unlisted-page', message: `${from} is not in the navigation (${source.nav.file}): it follows the listed pages in the sidebar`, ...where, file: from });
    }
    const nav: SiteNav = { source: source.nav.file, items };
    files.push({ to: posix.join(spec.target, NAV_FILE), content: Buffer.from(`${JSON.stringify(nav, null, 2)}\n`), source: spec.id });
  }
  return { files, diagnostics };
}
