/** The pages of a built site (`build/`), read the way the search indexers read them. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { readBuiltPage, type BuiltPage } from './read-built-page.js';

/** Folders of a built site that hold no pages: bundles, the local search index. */
const SKIPPED_FOLDERS = new Set(['assets', 'pagefind']);

export interface BuiltPageFile {
  file: string;
  /** Site path of the page: `docs/a/index.html` → `/docs/a`. */
  path: string;
}

/** `docs/a/index.html` → `/docs/a`; `a.html` → `/a`; `index.html` → `/`. */
export function toSitePath(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`.replace(/(?:\/index)?\.html$/, '');
  return path === '' ? '/' : path;
}

/** Every HTML file of the built site, sorted by path. */
export async function listBuiltPages(buildDir: string): Promise<BuiltPageFile[]> {
  const entries = await readdir(buildDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !SKIPPED_FOLDERS.has(relative(buildDir, file).split(sep)[0] ?? ''))
    .map((file) => ({ file, path: toSitePath(relative(buildDir, file)) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The doc pages of the built site (pages without doc content, such as the home page, are left out);
 * `siteUrl` names the pages whose HTML has no `og:url`.
 */
export async function collectBuiltPages(buildDir: string, siteUrl: string): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = [];
  for (const file of await listBuiltPages(buildDir)) {
    const page = readBuiltPage(await readFile(file.file, 'utf8'), `${siteUrl.replace(/\/+$/, '')}${file.path}`);
    if (page) pages.push(page);
  }
  return pages;
}
