import { posix } from 'node:path';

/**
 * Whether a URL path is served by a static build: a page (`x/index.html`, `x.html`) or a client-redirect page
 * (also an `index.html`), given the build's file list (paths relative to the build folder).
 */
export function resolvesInBuild(urlPath: string, builtFiles: ReadonlySet<string>): boolean {
  const path = decodeURI(urlPath.split(/[?#]/)[0]!).replace(/^\/+|\/+$/g, '');
  if (path === '') return builtFiles.has('index.html');
  return [posix.join(path, 'index.html'), `${path}.html`, path].some((candidate) => builtFiles.has(candidate));
}

/** The URL paths of `urlPaths` that the build does not serve. */
export function findUnservedPaths(urlPaths: readonly string[], builtFiles: ReadonlySet<string>): string[] {
  return urlPaths.filter((urlPath) => !resolvesInBuild(urlPath, builtFiles));
}
