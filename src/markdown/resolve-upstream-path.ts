import { posix } from 'node:path';
import { classifyUrl } from './classify-url.js';

export interface UpstreamTarget {
  /** Repo-root-relative POSIX path, '' for the repo root. No trailing slash. */
  path: string;
  /** Decoded fragment without `#`. */
  fragment?: string;
  /** Query without `?`, as written. */
  query?: string;
  /** The URL ended with `/` (the author pointed at a folder). */
  folder?: boolean;
}

/**
 * Resolves a relative (or repo-root-absolute, as on GitHub) link URL against the upstream path of the
 * file containing it. Undefined for external URLs, other schemes, anchor-only links, and paths that
 * climb above the repo root (`classifyUrl` tells those apart from the rest).
 */
export function resolveUpstreamPath(fromFile: string, url: string): UpstreamTarget | undefined {
  const kind = classifyUrl(url);
  if (kind !== 'relative' && kind !== 'root') return undefined;
  const { pathPart, query, fragment } = splitUrl(url.trim());
  const decoded = safeDecode(pathPart);
  const base = kind === 'root' ? '' : posix.dirname(fromFile);
  const joined = posix.join('/', base === '.' ? '' : base, decoded);
  if (escapesRoot(base, decoded, kind)) return undefined;
  const path = joined.replace(/^\/+/, '').replace(/\/+$/, '');
  const target: UpstreamTarget = { path };
  if (fragment !== undefined) target.fragment = safeDecode(fragment);
  if (query !== undefined) target.query = query;
  if (pathPart.endsWith('/') || pathPart === '.' || pathPart.endsWith('/.')) target.folder = true;
  return target;
}

/** `a/b.md?x=1#frag` → path part, query and fragment (both without their marker). */
export function splitUrl(url: string): { pathPart: string; query?: string; fragment?: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? undefined : url.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const pathPart = question === -1 ? beforeHash : beforeHash.slice(0, question);
  const query = question === -1 ? undefined : beforeHash.slice(question + 1);
  return { pathPart, ...(query !== undefined ? { query } : {}), ...(fragment !== undefined ? { fragment } : {}) };
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function escapesRoot(base: string, decoded: string, kind: 'relative' | 'root'): boolean {
  let depth = kind === 'root' || base === '.' ? 0 : base.split('/').length;
  for (const segment of decoded.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}
