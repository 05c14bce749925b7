/**
 * What kind of target a link URL has, before any lookup:
 * - `anchor`: `#fragment` on the same page (the empty `#` included)
 * - `relative`: a path relative to the linking file (`x.md`, `../img/a.png`, `./`)
 * - `root`: a repo-root path (`/docs/x.md`), as GitHub resolves it
 * - `external`: http(s) and protocol-relative URLs
 * - `unsafe`: `javascript:`, `vbscript:`, `data:` (script can hide in all three)
 * - `other`: any other scheme (`mailto:`, `tel:`, `ftp:`, ...)
 */
export type UrlKind = 'anchor' | 'relative' | 'root' | 'external' | 'unsafe' | 'other';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

export function classifyUrl(url: string): UrlKind {
  // Browsers ignore leading/trailing whitespace and ASCII control characters (and tabs/newlines inside) in URLs.
  const trimmed = stripIgnoredCharacters(url);
  if (trimmed.startsWith('#')) return 'anchor';
  if (trimmed.startsWith('//')) return 'external';
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed.startsWith('/') ? 'root' : 'relative';
  if (UNSAFE_SCHEMES.has(scheme)) return 'unsafe';
  if (scheme === 'http' || scheme === 'https') return 'external';
  return 'other';
}

/** `data:image/png;base64,...` is harmless as an image source (browsers never run script from it). */
export function isInlineImageData(url: string): boolean {
  return /^data:image\/(?!svg)/i.test(stripIgnoredCharacters(url));
}

function stripIgnoredCharacters(url: string): string {
  let out = '';
  for (const char of url) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) out += char;
    else if (char === ' ' && out !== '') out += char;
  }
  return out.trim();
}
