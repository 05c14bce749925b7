import { computeRoute } from './compute-route.js';
import type { IndexedFile } from './types.js';

/** Internal to the index: whether a doc's route came from front matter (`slug`/`id`) rather than its place. */
export interface RoutedFile {
  file: IndexedFile;
  routeFromFrontMatter: boolean;
  parseNumberPrefixes?: boolean;
}

/**
 * Two pages on one URL (or one doc id) would stop the build. The page whose URL comes from its place in the tree
 * keeps it (else the first); every other page that got there through `slug`/`id` falls back to its place's URL and
 * records whom it collided with, so links, the report and the transform (which drops the keys) agree. Pages whose
 * places give them one URL are then told apart: the first by path keeps it, the others get a URL of their own.
 */
export function resolveRouteCollisions(files: readonly RoutedFile[]): void {
  for (const group of collidingGroups(files)) {
    if (group.length < 2) continue;
    const owner = group.find((routed) => !routed.routeFromFrontMatter) ?? group[0]!;
    for (const routed of group) {
      if (routed === owner || !routed.routeFromFrontMatter) continue;
      const lostRoute = routed.file.route!;
      const fallback = computeRoute(routed.file.to, routed.parseNumberPrefixes === undefined ? {} : { parse_number_prefixes: routed.parseNumberPrefixes });
      if (fallback === undefined) delete routed.file.route;
      else routed.file.route = fallback;
      routed.file.routeCollision = { lostRoute, owner: owner.file };
    }
  }
  separatePlaceCollisions(files);
}

function collidingGroups(files: readonly RoutedFile[]): RoutedFile[][] {
  const groups = new Map<string, RoutedFile[]>();
  for (const routed of files) {
    if (routed.file.route === undefined) continue;
    const key = routeKey(routed.file.route);
    groups.set(key, [...(groups.get(key) ?? []), routed]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Pages still on one URL: a page that has it without its number prefix stripped keeps it (else the first by site
 * path); each other one gets its number prefix back, or a `-2`.
 */
function separatePlaceCollisions(files: readonly RoutedFile[]): void {
  const taken = new Set(files.flatMap((routed) => (routed.file.route === undefined ? [] : [routeKey(routed.file.route)])));
  for (const group of collidingGroups(files)) {
    const literal = (routed: RoutedFile) => (routeKey(computeRoute(routed.file.to, { parse_number_prefixes: false }) ?? '') === routeKey(routed.file.route!) ? 0 : 1);
    const [owner, ...others] = [...group].sort((a, b) => literal(a) - literal(b) || (a.file.to < b.file.to ? -1 : 1));
    for (const routed of others) {
      const lostRoute = routed.file.route!;
      const route = freeRoute(routed.file.to, lostRoute, taken);
      const section = `/${lostRoute.split('/')[1]}`;
      const slug = route.slice(section.length);
      routed.file.route = route;
      routed.file.placeCollision = { lostRoute, owner: owner!.file, slug, id: slug.split('/').filter(Boolean).at(-1)! };
      taken.add(routeKey(route));
    }
  }
}

function freeRoute(to: string, lost: string, taken: ReadonlySet<string>): string {
  const withPrefixes = computeRoute(to, { parse_number_prefixes: false });
  if (withPrefixes !== undefined && !taken.has(routeKey(withPrefixes))) return routeKey(withPrefixes);
  const base = routeKey(lost);
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function routeKey(route: string): string {
  return route.length > 1 ? route.replace(/\/+$/, '') : route;
}
