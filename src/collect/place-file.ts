import { posix } from 'node:path';
import type { SourceSpec } from '../manifest/types.js';

/** Folder (under the target) that receives referenced files lying outside `base`. */
export const OUTSIDE_BASE_FOLDER = '_upstream';

const DOC_EXTENSION = /\.(md|mdx|markdown)$/i;
const README = /^readme\.(md|mdx|markdown)$/i;
/**
 * Characters of file and folder names a page URL cannot hold as Docusaurus builds it: its slug check
 * (isValidPathname) refuses `#`, `?`, `\`, control characters at the end or where the URL parser drops them
 * (tabs, line breaks), and `%`, `[`, `]`, `^`, `|` in a path that also has a space; its router reads `(`, `)`,
 * `:` and `*` in a route as a pattern (the page would be "not found", or stand in for its neighbours).
 */
const UNSERVABLE = /[\u0000-\u001f#%?[\\\]^|():*]/g;
/** A page's URL ends with its file name: trailing spaces would be cut off. */
const TRAILING_SPACES = / +$/;

/** Whether the site publishes this upstream file under another name (see UNSERVABLE). */
export function isRenamedForSite(upstreamPath: string): boolean {
  return upstreamPath.search(UNSERVABLE) !== -1 || (isDocPath(upstreamPath) && TRAILING_SPACES.test(docName(upstreamPath)));
}

function docName(path: string): string {
  return posix.basename(path).replace(DOC_EXTENSION, '');
}

export function isDocPath(path: string): boolean {
  return DOC_EXTENSION.test(path);
}

/**
 * Where an upstream file lands in the site tree: `target` + the path with `base` stripped.
 * A folder's README becomes its `index` page (so does what the toolchain names `index`, see `pageName`);
 * untrusted `.mdx` is written as `.md`; characters no page URL can hold become `-` (in every file, so that links
 * between them still match).
 */
export function placeFile(spec: SourceSpec, upstreamPath: string, format?: 'md' | 'mdx', pageName?: string): string {
  const underBase = spec.base === '' || upstreamPath.startsWith(`${spec.base}/`);
  const relative = underBase
    ? upstreamPath.slice(spec.base === '' ? 0 : spec.base.length + 1)
    : posix.join(OUTSIDE_BASE_FOLDER, upstreamPath);
  let placed = posix.join(spec.target, relative.replace(UNSERVABLE, '-'));
  if (isDocPath(placed)) {
    const dir = posix.dirname(placed);
    const name = pageName ?? (README.test(posix.basename(placed)) ? 'index' : docName(placed).replace(TRAILING_SPACES, '-'));
    placed = posix.join(dir, `${name}.${format ?? 'md'}`);
  }
  return placed;
}

/** `.mdx` is code that runs at build time: only trusted sources keep it. */
export function docFormat(spec: SourceSpec, upstreamPath: string): 'md' | 'mdx' {
  return /\.mdx$/i.test(upstreamPath) && spec.trusted ? 'mdx' : 'md';
}
