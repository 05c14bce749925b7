import { posix } from 'node:path';
import type { SourceSpec } from '../manifest/types.js';

/** Folder (under the target) that receives referenced files lying outside `base`. */
export const OUTSIDE_BASE_FOLDER = '_upstream';

const DOC_EXTENSION = /\.(md|mdx|markdown)$/i;
const README = /^readme\.(md|mdx|markdown)$/i;

export function isDocPath(path: string): boolean {
  return DOC_EXTENSION.test(path);
}

/**
 * Where an upstream file lands in the site tree: `target` + the path with `base` stripped.
 * A folder's README becomes its `index` page (so does what the toolchain names `index`, see `pageName`);
 * untrusted `.mdx` is written as `.md`.
 */
export function placeFile(spec: SourceSpec, upstreamPath: string, format?: 'md' | 'mdx', pageName?: string): string {
  const underBase = spec.base === '' || upstreamPath.startsWith(`${spec.base}/`);
  const relative = underBase
    ? upstreamPath.slice(spec.base === '' ? 0 : spec.base.length + 1)
    : posix.join(OUTSIDE_BASE_FOLDER, upstreamPath);
  let placed = posix.join(spec.target, relative);
  if (isDocPath(placed)) {
    const dir = posix.dirname(placed);
    const name = pageName ?? (README.test(posix.basename(placed)) ? 'index' : posix.basename(placed).replace(DOC_EXTENSION, ''));
    placed = posix.join(dir, `${name}.${format ?? 'md'}`);
  }
  return placed;
}

/** `.mdx` is code that runs at build time: only trusted sources keep it. */
export function docFormat(spec: SourceSpec, upstreamPath: string): 'md' | 'mdx' {
  return /\.mdx$/i.test(upstreamPath) && spec.trusted ? 'mdx' : 'md';
}
