import { analyzeMarkdown } from '../markdown/analyze-doc.js';
import { checkFrontMatter as checkFrontMatterOnThisThread, checkPage as checkPageOnThisThread } from '../page-check/check-page.js';
import type { CheckSite, PageToCheck } from '../page-check/types.js';

// pages are rendered with React's production build, as the site build renders them (a worker's env is its own)
process.env.NODE_ENV = 'production';

/** Worker-thread entry (see sync-workers.ts): each export is one kind of task. */
export function analyze(text: string) {
  return analyzeMarkdown(text);
}

export function checkPage({ page, site }: { page: PageToCheck; site: CheckSite }) {
  return checkPageOnThisThread(page, site);
}

export function checkFrontMatter({ page, site }: { page: PageToCheck; site: CheckSite }) {
  return checkFrontMatterOnThisThread(page, site);
}

/** Piscina loads a worker module through its default export (without one it falls back to require(), which cannot read TypeScript). */
export default analyze;
