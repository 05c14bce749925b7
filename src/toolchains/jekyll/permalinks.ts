import { posix } from 'node:path';

/** What a page's URL is made of (Jekyll's URL placeholders). */
export interface UrlParts {
  /** Path relative to the site source (`_docs/install/macos.md`, `about.md`). */
  relative: string;
  /** The collection's label and path inside its folder, for collection documents. */
  collection?: { label: string; path: string };
  data: Record<string, unknown>;
  date?: Date;
}

const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/**
 * A page's URL as Jekyll makes it: its `permalink`, else the collection's pattern (posts: the site's style),
 * else from its path (`/about.html`, `/about/` with the `pretty` style, `/folder/` for an index).
 */
export function pageUrl(parts: UrlParts, collectionPermalink: string | undefined, sitePermalink: string): string {
  const style = STYLES[sitePermalink] ?? sitePermalink;
  const pretty = style.endsWith('/');
  const frontMatter = typeof parts.data.permalink === 'string' && parts.data.permalink.trim() !== '' ? parts.data.permalink.trim() : undefined;
  const template =
    frontMatter ??
    (parts.collection ? (STYLES[collectionPermalink ?? ''] ?? collectionPermalink ?? (parts.collection.label === 'posts' ? style : `/:collection/:path${pretty ? '/' : ':output_ext'}`)) : undefined) ??
    (/^index$/i.test(baseName(parts.relative)) ? '/:path/' : `/:path/:basename${pretty ? '/' : ':output_ext'}`);
  return expand(template, placeholders(parts));
}

function placeholders(parts: UrlParts): Record<string, string> {
  const name = baseName(parts.relative);
  const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
  const title = typeof parts.data.slug === 'string' ? parts.data.slug : (dated?.[4] ?? name);
  const date = parts.date;
  const pad = (n: number) => String(n).padStart(2, '0');
  const folder = posix.dirname(parts.relative);
  return {
    collection: parts.collection?.label ?? '',
    path: parts.collection ? parts.collection.path : folder === '.' ? '' : folder,
    name: slugify(name),
    basename: name,
    title: slugify(title, true),
    slug: slugify(title),
    categories: categories(parts.data).join('/'),
    output_ext: '.html',
    ...(date
      ? {
          year: String(date.getUTCFullYear()),
          short_year: String(date.getUTCFullYear()).slice(2),
          month: pad(date.getUTCMonth() + 1),
          i_month: String(date.getUTCMonth() + 1),
          day: pad(date.getUTCDate()),
          i_day: String(date.getUTCDate()),
          hour: pad(date.getUTCHours()),
          minute: pad(date.getUTCMinutes()),
          second: pad(date.getUTCSeconds()),
        }
      : {}),
  };
}

function expand(template: string, values: Record<string, string>): string {
  const url = template.replace(/:([a-z_]+)/g, (match, key: string) => values[key] ?? match);
  return `/${url}`.replace(/\/{2,}/g, '/');
}

function categories(data: Record<string, unknown>): string[] {
  const value = data.categories ?? data.category;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** A post's date: front matter `date`, else the one its file name starts with. */
export function postDate(relative: string, data: Record<string, unknown>): Date | undefined {
  if (data.date instanceof Date) return data.date;
  if (typeof data.date === 'string' && !Number.isNaN(Date.parse(data.date))) return new Date(data.date);
  const dated = /^(\d{4})-(\d{2})-(\d{2})-/.exec(posix.basename(relative));
  return dated ? new Date(Date.UTC(Number(dated[1]), Number(dated[2]) - 1, Number(dated[3]))) : undefined;
}

function baseName(relative: string): string {
  return posix.basename(relative).replace(/\.[^.]+$/, '');
}

/** Jekyll's `slugify` (default mode; `pretty` keeps a few URL-safe characters and, for `:title`, the case). */
export function slugify(text: string, pretty = false): string {
  const pattern = pretty ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
  const slug = text.replace(pattern, '-').replace(/^-+|-+$/g, '');
  return pretty ? slug : slug.toLowerCase();
}

/** The form of a site URL pages are looked up by: no fragment or query, no `index.html`, `.html` or trailing slash. */
export function urlKey(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed escape: look the URL up as written
  }
  return decoded.replace(/\/index\.html?$/i, '/').replace(/\.html?$/i, '').replace(/\/+$/, '');
}
