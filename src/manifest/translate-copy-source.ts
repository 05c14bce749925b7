import { posix } from 'node:path';
import { normalizeRelativePath } from './check-manifest-paths.js';

/** How one `source` of docs.package.json maps onto include/base. */
export interface CopyRule {
  /** Glob relative to the repo root. */
  include: string;
  /** Prefix to strip so files land where `cp -r` put them. */
  base: string;
  /** The old glob had wildcards in a folder part: `cp` copied matches flat, the entry keeps sub-folders. */
  flattened: boolean;
}

const GLOB_CHARACTERS = /[*?[\]{}]/;
const FILE_NAME = /\.[A-Za-z0-9]+$/;

function dirnameOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

/**
 * Reproduces `cp -r <repo>/<source> <folder>` as include + base:
 * a folder is copied as a whole (`docs` → `docs/**`, kept as `docs/` in the folder), a file lands flat,
 * a wildcard copies each match (`docs/*` → the folder's contents). Names with an extension are taken for files.
 */
export function translateCopySource(source: string): CopyRule {
  const clean = normalizeRelativePath(source.trim());
  if (clean === '' || clean === '.') return { include: '**', base: '', flattened: false };
  const segments = clean.split('/');
  const wildAt = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
  if (wildAt === -1) {
    const isFile = FILE_NAME.test(segments.at(-1) ?? '');
    return { include: isFile ? clean : `${clean}/**`, base: dirnameOf(clean), flattened: false };
  }
  const base = segments.slice(0, wildAt).join('/');
  const last = segments.at(-1);
  if (wildAt === segments.length - 1 && (last === '*' || last === '**')) {
    return { include: base === '' ? '**' : `${base}/**`, base, flattened: false };
  }
  return { include: clean, base, flattened: wildAt < segments.length - 1 };
}
