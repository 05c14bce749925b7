/**
 * Builds the Pagefind index of a built site: Pagefind reads its HTML pages (only the parts marked
 * `data-pagefind-body`, see src/theme/DocItem/Content) and writes the chunked index and its browser
 * library into `<siteDir>/pagefind/`. The browser then loads only the chunks a query needs.
 *
 * Pagefind reads a copy of the pages with all end tags written out (normalize-page-html.ts), and runs as
 * a command in a child process: Docusaurus loads its config (and so this module) as CommonJS, and
 * Pagefind's Node API is ESM only.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { listBuiltPages } from './html/list-built-pages.js';
import { normalizePageHtml } from './html/normalize-page-html.js';

/** Folder of the index inside the built site; the search UI loads `<baseUrl>pagefind/pagefind.js`. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Parts of the doc content that are not text a reader searches for: the zero-width "#" anchor links of
 * headings (their invisible character would also make Pagefind treat the page as a no-spaces script).
 */
export const PAGEFIND_EXCLUDE_SELECTORS = ['.hash-link'];

export interface PagefindIndexResult {
  pageCount: number;
  outputDir: string;
}

/** Pagefind's npm entry point (it runs the binary of this platform's `@pagefind/*` package). */
export function findPagefindCli(projectDir: string): string {
  return join(projectDir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
}

/** Number of pages in the written index, from its entry file (`pagefind-entry.json`). */
export async function readIndexedPageCount(outputDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Writes a normalized copy of every page of `siteDir` into `copyDir`, at the same relative paths. */
async function copyNormalizedPages(siteDir: string, copyDir: string): Promise<void> {
  for (const page of await listBuiltPages(siteDir)) {
    const target = join(copyDir, relative(siteDir, page.file));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, normalizePageHtml(await readFile(page.file, 'utf8')));
  }
}

async function runPagefind(projectDir: string, pagesDir: string, outputDir: string): Promise<void> {
  const args = [findPagefindCli(projectDir), '--site', pagesDir, '--output-path', outputDir, '--quiet'];
  args.push('--exclude-selectors', PAGEFIND_EXCLUDE_SELECTORS.join(', '));
  try {
    await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`Pagefind could not index the site:\n${(stderr || stdout || String(error)).trim()}`, { cause: error });
  }
}

/** Indexes every HTML page under `siteDir` and writes the index to `siteDir/pagefind`; `tempDir` holds the copy. */
export async function buildPagefindIndex(projectDir: string, siteDir: string, tempDir: string): Promise<PagefindIndexResult> {
  const copyDir = await mkdtemp(join(tempDir, 'scs-pagefind-'));
  const outputDir = join(siteDir, PAGEFIND_FOLDER);
  try {
    await copyNormalizedPages(siteDir, copyDir);
    await rm(outputDir, { recursive: true, force: true });
    await runPagefind(projectDir, copyDir, outputDir);
    return { pageCount: await readIndexedPageCount(outputDir), outputDir };
  } finally {
    await rm(copyDir, { recursive: true, force: true });
  }
}
