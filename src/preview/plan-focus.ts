import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { PreviewFocus } from '../site/preview-focus/preview-focus.js';
import type { SyncedTree } from '../pipeline/types.js';

/** A page of the written tree: its path relative to the content root and its route. */
export interface TreePage {
  to: string;
  route: string;
}

/**
 * What a preview focused on `focused` (source ids) builds: every page in the target folders of those sources
 * (so pages added while the preview runs are built too), and the site's own pages (each section's index, the
 * home page's and the navbar's targets), which are few and link across every section. Every other page is
 * listed with its route, for links to it to go to the published site.
 */
export function planFocus(tree: SyncedTree, focused: ReadonlySet<string>, pages: readonly TreePage[]): PreviewFocus {
  const folders = tree.sources.filter((spec) => focused.has(spec.id) && !tree.own.has(spec.id)).map((spec) => `${escapeGlob(posix.normalize(spec.target))}/**/*.{md,mdx}`);
  const own = tree.collected.filter((source) => tree.own.has(source.fetched.spec.id)).flatMap((source) => source.files.filter((file) => file.kind === 'doc').map((file) => escapeGlob(file.to)));
  const globs = [...new Set([...folders, ...own])];
  const inFocus = picomatch(globs);
  return { pages: globs, elsewhere: Object.fromEntries(pages.filter((page) => !inFocus(page.to)).map((page) => [page.to, page.route])) };
}

/** A path as a glob that matches only itself (Docusaurus' globby and picomatch read `\` as an escape). */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
