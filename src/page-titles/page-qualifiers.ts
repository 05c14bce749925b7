import { posix } from 'node:path';
import { stripNumberPrefix } from '../link-index/number-prefix.js';
import type { Qualifier } from './disambiguate-titles.js';

/** A page of the site tree with its title, as the title step sees it. */
export interface PageEntry {
  to: string;
  title: string;
}

/** Files Docusaurus takes as the page of their folder. */
const INDEX_NAMES = new Set(['readme', 'index']);

/**
 * What a page belongs to, nearest first: the version its file name carries (`scs-0100-v3-….md` → v3), then the
 * label of each folder above it up to the section, then its file name. A folder's label is its sidebar label (`_category_` label or
 * a manifest entry's `label`), else the title of its index page when no other page has that title, else its
 * name as the sidebar shows it.
 */
export function pageQualifiers(page: PageEntry, folderLabels: ReadonlyMap<string, string>, indexTitles: ReadonlyMap<string, string>): Qualifier[] {
  const version = /(?:^|[-_])(v\d+)(?=[-_.])/i.exec(posix.basename(page.to))?.[1];
  const qualifiers: Qualifier[] = version ? [{ version: version.toLowerCase() }] : [];
  for (let folder = posix.dirname(page.to); folder !== '.' && folder !== ''; folder = posix.dirname(folder)) {
    const indexTitle = indexTitles.get(folder);
    const label = folderLabels.get(folder) ?? (indexTitle !== undefined && posix.dirname(page.to) !== folder ? indexTitle : undefined) ?? folderName(folder);
    qualifiers.push({ partOf: label });
  }
  // last, what tells pages of one folder apart
  qualifiers.push({ partOf: posix.basename(page.to).replace(/\.mdx?$/i, '') });
  return qualifiers;
}

/** The index pages' titles by folder, for those titles no other page has. */
export function uniqueIndexTitles(pages: readonly PageEntry[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const page of pages) count.set(page.title, (count.get(page.title) ?? 0) + 1);
  const titles = new Map<string, string>();
  for (const page of pages) {
    if (!isIndexPage(page.to) || count.get(page.title) !== 1) continue;
    titles.set(posix.dirname(page.to), page.title);
  }
  return titles;
}

function isIndexPage(to: string): boolean {
  const name = posix.basename(to).replace(/\.mdx?$/i, '');
  return INDEX_NAMES.has(name.toLowerCase()) || name === posix.basename(posix.dirname(to));
}

/** `04-operating-scs` → `operating-scs`, as Docusaurus labels a folder without metadata. */
function folderName(folder: string): string {
  return stripNumberPrefix(posix.basename(folder));
}
