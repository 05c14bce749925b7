import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { PreviewFocus } from '../site/preview-focus/preview-focus.js';

/** A page of the written tree: its path relative to the content root and its route. */
export interface TreePage {
  to: string;
  route: string;
}

/** What a preview builds: the target folders of the focused sources and the site's own pages (paths below the content root). */
export interface FocusScope {
  targets: readonly string[];
  ownPages: readonly string[];
}

/**
 * The focus of a preview: every page in the target folders of the focused sources (so pages added while the
 * preview runs are built too) and the site's own pages, listed one by one (the site's source places them all
 * over the tree). Every other page of `pages` is listed with its route, for links to it to go to the published site.
 */
export function planFocus(scope: FocusScope, pages: readonly TreePage[]): PreviewFocus {
  const folders = scope.targets.map((target) => `${escapeGlob(posix.normalize(target))}/**/*.{md,mdx}`);
  const globs = [...new Set([...folders, ...scope.ownPages.map(escapeGlob)])];
  const inFocus = picomatch(globs);
  return { pages: globs, elsewhere: Object.fromEntries(pages.filter((page) => !inFocus(page.to)).map((page) => [page.to, page.route])) };
}

/** A path as a glob that matches only itself (Docusaurus' globby and picomatch read `\` as an escape). */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
