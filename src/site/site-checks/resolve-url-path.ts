import { readBuiltPage } from './read-built-page.js';

/** A static build as the checks see it: its files (POSIX paths relative to the build folder) and their text. */
export interface BuildFolder {
  files: ReadonlySet<string>;
  read(file: string): string | undefined;
}

export type UrlResolution =
  /** A page of the site (`x/index.html` or `x.html`). */
  | { kind: 'page'; file: string }
  /** A client-redirect page whose chain ends on a page of the site, or leaves the site. */
  | { kind: 'redirect'; file: string; to: string; final: string }
  /** A client-redirect page whose chain ends nowhere (missing page or a loop). */
  | { kind: 'broken-redirect'; file: string; to: string; final: string }
  | { kind: 'missing' };

const MAX_HOPS = 5;

/** How the build serves a URL path, following client redirects within the site. */
export function resolveUrlPath(urlPath: string, build: BuildFolder): UrlResolution {
  const file = findPageFile(urlPath, build.files);
  if (!file) return { kind: 'missing' };
  const to = build.read(file) === undefined ? undefined : readBuiltPage(build.read(file)!).redirectTo;
  if (to === undefined) return { kind: 'page', file };
  const final = followRedirects(to, build, new Set([file]));
  return { kind: final.ok ? 'redirect' : 'broken-redirect', file, to, final: final.path };
}

function followRedirects(to: string, build: BuildFolder, seen: Set<string>): { ok: boolean; path: string } {
  let target = to;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (!target.startsWith('/') || target.startsWith('//')) return { ok: true, path: target }; // leaves the site
    const file = findPageFile(target, build.files);
    if (!file || seen.has(file)) return { ok: false, path: target };
    seen.add(file);
    const next = readBuiltPage(build.read(file) ?? '').redirectTo;
    if (next === undefined) return { ok: true, path: target };
    target = next;
  }
  return { ok: false, path: target };
}

/** The HTML file that serves `urlPath` (`/a/b` → `a/b/index.html` or `a/b.html`), if the build has one. */
export function findPageFile(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const path = decodePath(urlPath.split(/[?#]/)[0] ?? '').replace(/^\/+|\/+$/g, '');
  const candidates = path === '' ? ['index.html'] : [`${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** Site paths of every page of the build (`a/b/index.html` → `/a/b`), for suggestions. */
export function listPagePaths(files: ReadonlySet<string>): string[] {
  return [...files]
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => `/${f.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '')}`);
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
