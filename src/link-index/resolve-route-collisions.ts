import { computeRoute } from './compute-route.js';
import type { IndexedFile } from './types.js';

/** Internal to the index: whether a doc's route came from front matter (`slug`/`id`) rather than its place. */
export interface RoutedFile {
  file: IndexedFile;
  routeFromFrontMatter: boolean;
  parseNumberPrefixes?: boolean;
}

/**
 * Two pages on one URL would stop the build. The page whose URL comes from its place in the tree keeps it
 * (else the first); every other page that got there through `slug`/`id` falls back to its place's URL and
 * records whom it collided with, so links, the report and the transform (which drops the keys) agree.
 */
export function resolveRouteCollisions(files: readonly RoutedFile[]): void {
  const groups = new Map<string, RoutedFile[]>();
  for (const routed of files) {
    if (routed.file.route === undefined) continue;
    const key = routeKey(routed.file.route);
    groups.set(key, [...(groups.get(key) ?? []), routed]);
  }
  for (const group of groups.values()) {
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
}

export function routeKey(route: string): string {
  return route.length > 1 ? route.replace(/\/+$/, '') : route;
}
