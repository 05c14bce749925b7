/**
 * Builds the Pagefind index of a built site: Pagefind reads its HTML pages (only the parts marked
 * `data-pagefind-body`, see src/theme/DocItem/Content) and writes the chunked index and its browser
 * library into `<siteDir>/pagefind/`. The browser then loads only the chunks a query needs.
 *
 * Runs Pagefind's command line in a child process: Docusaurus loads its config (and so this module)
 * as CommonJS, and Pagefind's Node API is ESM only.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

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

/** Indexes every HTML page under `siteDir` and writes the index to `siteDir/pagefind`. */
export async function buildPagefindIndex(projectDir: string, siteDir: string): Promise<PagefindIndexResult> {
  const args = [findPagefindCli(projectDir), '--site', siteDir, '--output-subdir', PAGEFIND_FOLDER, '--quiet'];
  args.push('--exclude-selectors', PAGEFIND_EXCLUDE_SELECTORS.join(', '));
  try {
    await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = (error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout || '';
    throw new Error(`Pagefind could not index the site in ${siteDir}:\n${output.trim()}`, { cause: error });
  }
  const outputDir = join(siteDir, PAGEFIND_FOLDER);
  return { pageCount: await readIndexedPageCount(outputDir), outputDir };
}
