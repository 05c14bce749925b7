import type { ConstructKind } from '../site-checks/read-built-page.js';

export interface PageLayout {
  path: string;
  /** Docusaurus' page classes without ids (see readBuiltPage). */
  template: string;
  constructs: readonly ConstructKind[];
}

/**
 * A sample that still meets every layout and every converted construct the site has: the first page of each
 * docs layout in each section (doc page, generated index, …), every page outside the docs (the home page, the sources page:
 * each is a layout of its own), and every page that shows tabs, details, admonitions or diagrams.
 * Keeps the order of `pages`.
 */
export function selectSamplePages(pages: readonly PageLayout[]): string[] {
  const seenTemplates = new Set<string>();
  return pages
    .filter((page) => {
      const template = page.template.split(' ').includes('plugin-docs') ? page.template : page.path;
      const isFirstOfTemplate = !seenTemplates.has(template);
      seenTemplates.add(template);
      return isFirstOfTemplate || page.constructs.length > 0;
    })
    .map((page) => page.path);
}
