import { posix } from 'node:path';
import { findSection } from '../manifest/sections.js';
import { stripNumberPrefix, stripPathNumberPrefixes } from './number-prefix.js';

/** The front matter keys that change a doc's URL. */
export interface RouteFrontMatter {
  slug?: string;
  id?: string;
  parse_number_prefixes?: boolean;
}

const DOC_EXTENSION = /\.mdx?$/i;

/** The route keys of parsed front matter, those of the right type. */
export function readRouteFrontMatter(data: Record<string, unknown>): RouteFrontMatter {
  const { slug, id, parse_number_prefixes: parseNumberPrefixes } = data;
  return {
    ...(typeof slug === 'string' ? { slug } : {}),
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof parseNumberPrefixes === 'boolean' ? { parse_number_prefixes: parseNumberPrefixes } : {}),
  };
}

/**
 * The URL path Docusaurus gives the doc at `content/<sitePath>` (first segment = section), following
 * plugin-content-docs' `getSlug`: number prefixes stripped per segment, `README`/`index`/`<folder>/<folder>`
 * are the folder's index page, front matter `slug` absolute or relative to the folder, `id` replaces the
 * file name. Undefined for files outside the sections, non-docs, and slugs Docusaurus would reject.
 */
export function computeRoute(sitePath: string, frontMatter: RouteFrontMatter = {}): string | undefined {
  const section = findSection(sitePath);
  const source = sitePath.split('/').slice(1).join('/');
  if (!section || !DOC_EXTENSION.test(source)) return undefined;
  const slug = computeSlug(source, frontMatter);
  return slug === undefined ? undefined : joinRoute(section.routeBasePath, slug);
}

function computeSlug(source: string, frontMatter: RouteFrontMatter): string | undefined {
  const stripPrefixes = frontMatter.parse_number_prefixes !== false;
  const dirName = posix.dirname(source);
  const fileName = posix.parse(source).name;
  const baseId = frontMatter.id ?? (stripPrefixes ? stripNumberPrefix(fileName) : fileName);
  if (baseId.includes('/')) return undefined;
  const dirSlug = dirName === '.' ? '/' : `/${stripPrefixes ? stripPathNumberPrefixes(dirName) : dirName}/`;
  let slug: string;
  if (frontMatter.slug?.startsWith('/')) slug = frontMatter.slug;
  else if (frontMatter.slug === undefined && isCategoryIndex(fileName, dirName)) slug = dirSlug;
  else slug = resolveRelativeSlug(frontMatter.slug ?? baseId, dirSlug);
  return isValidPathname(slug) ? slug : undefined;
}

/** `README.md`, `index.md` and `<folder>/<folder>.md` (names as written, case-insensitive) stand for their folder. */
function isCategoryIndex(fileName: string, dirName: string): boolean {
  const name = fileName.toLowerCase();
  const folder = dirName.split('/').at(-1)?.toLowerCase();
  return name === 'index' || name === 'readme' || name === folder;
}

/** resolve-pathname semantics for a relative slug against a folder slug (`/a/b/`). */
function resolveRelativeSlug(to: string, fromDir: string): string {
  const parts = [...fromDir.split('/').slice(0, -1), ...to.split('/')];
  const last = parts.at(-1);
  const trailingSlash = last === '.' || last === '..' || last === '';
  const kept: string[] = [];
  let up = 0;
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i]!;
    if (part === '.') continue;
    if (part === '..') up += 1;
    else if (up > 0) up -= 1;
    else kept.unshift(part);
  }
  if (kept[0] !== '') kept.unshift('');
  const result = kept.join('/');
  return trailingSlash && !result.endsWith('/') ? `${result}/` : result;
}

function isValidPathname(slug: string): boolean {
  if (!slug.startsWith('/')) return false;
  try {
    const parsed = new URL(slug, 'https://domain.com').pathname;
    return parsed === slug || parsed === encodeURI(slug);
  } catch {
    return false;
  }
}

/** Docusaurus' normalizeUrl([`/${routeBasePath}`, slug]) for the cases a slug can produce. */
function joinRoute(routeBasePath: string, slug: string): string {
  return `/${routeBasePath}/${slug}`.replace(/\/{2,}/g, '/');
}
