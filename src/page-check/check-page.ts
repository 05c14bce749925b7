import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import { compilePage, readDocFrontMatter } from './compile-page.js';
import { renderCompiledPageToHtml } from './render-compiled-page.js';
import { createSiteMdxOptions, type SiteMdxOptions } from './site-mdx-options.js';
import type { CheckSite, PageCheck, PageProblem, PageReference, PageToCheck } from './types.js';

/** The references of the page being checked (checks on one thread may overlap while they wait). */
const currentReferences = new AsyncLocalStorage<PageReference[]>();
/** Per site and output format: Docusaurus caches a processor per options object, so they are made once. */
const optionsBySite = new Map<string, SiteMdxOptions>();

/**
 * Builds one page as the site will: front matter validated, compiled by Docusaurus' MDX loader steps with the
 * site's options and, for CommonMark pages, rendered to HTML with React. Never throws: a page that cannot be
 * built is a `PageProblem`.
 */
export async function checkPage(page: PageToCheck, site: CheckSite): Promise<PageCheck> {
  const built = await buildPage(page, site);
  return built.ok ? { ok: true, references: built.references } : built;
}

/**
 * Only the front matter part of checkPage: what the docs plugin validates. The rest of the check depends on the
 * page's body alone (and the front matter's `mdx.format`), so a page whose front matter alone changed (a new
 * upstream commit in `source`) needs only this.
 */
export async function checkFrontMatter(page: PageToCheck, site: CheckSite): Promise<PageCheck> {
  const read = await readDocFrontMatter(join(site.contentDir, page.to), page.text, siteOptions(site, true));
  return read.ok ? { ok: true, references: [] } : read;
}

/** A checked page, with the HTML a CommonMark page renders to (its content, without the site's layout). */
export type BuiltPage = { ok: true; references: PageReference[]; html?: string } | { ok: false; problem: PageProblem };

/** What checkPage does, keeping the rendered HTML. */
export async function buildPage(page: PageToCheck, site: CheckSite): Promise<BuiltPage> {
  const references: PageReference[] = [];
  return currentReferences.run(references, async (): Promise<BuiltPage> => {
    // CommonMark pages compile to a runnable function body (they are rendered next), MDX pages to a module
    const compiled = await compilePage(join(site.contentDir, page.to), page.text, (format) => siteOptions(site, format === 'md'));
    if (!compiled.ok) return compiled;
    if (compiled.format !== 'md') return { ok: true, references };
    const rendered = renderCompiledPageToHtml(compiled.code);
    return 'problem' in rendered ? { ok: false, problem: rendered.problem } : { ok: true, references, html: rendered.html };
  });
}

function siteOptions(site: CheckSite, runnable: boolean): SiteMdxOptions {
  const key = `${site.projectDir}\0${site.contentDir}\0${runnable}`;
  let options = optionsBySite.get(key);
  if (!options) {
    const sink = () => {
      const references = currentReferences.getStore();
      return (reference: PageReference) => references?.push(reference);
    };
    options = createSiteMdxOptions(site.projectDir, site.contentDir, sink, runnable);
    optionsBySite.set(key, options);
  }
  return options;
}
