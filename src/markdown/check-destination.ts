/**
 * Whether the site's markdown pipeline can take a link, image or definition destination as written: Docusaurus
 * parses every one as a URL (`new URL(url, 'unspecified://')`) and decodes local paths, and it stops the page on
 * an empty one. Template code (`{{ … }}`, `{% … %}`) is never a destination the site can follow.
 */
export type DestinationCheck =
  | { kind: 'ok' }
  /** A local path with a stray `%`: the same path with it escaped as `%25`. */
  | { kind: 'repaired'; url: string }
  | { kind: 'unusable'; reason: 'empty' | 'template' | 'invalid' };

const PLACEHOLDER_BASE = 'unspecified://';
const TEMPLATE = /\{\{|\{%/;

export function checkDestination(url: string): DestinationCheck {
  if (url.trim() === '') return { kind: 'unusable', reason: 'empty' };
  if (TEMPLATE.test(url)) return { kind: 'unusable', reason: 'template' };
  const parsed = parse(url);
  if (!parsed) return { kind: 'unusable', reason: 'invalid' };
  if (parsed.protocol !== 'unspecified:' || decodes(localPath(url))) return { kind: 'ok' };
  const repaired = url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  return parse(repaired) && decodes(localPath(repaired)) ? { kind: 'repaired', url: repaired } : { kind: 'unusable', reason: 'invalid' };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url, PLACEHOLDER_BASE);
  } catch {
    return undefined;
  }
}

function localPath(url: string): string {
  return url.split(/[?#]/)[0]!;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
