import type { FileKind } from '../collect/types.js';
import { collectAnchors } from '../markdown/collect-anchors.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { readFrontMatter } from '../markdown/read-front-matter.js';
import { computeRoute, readRouteFrontMatter, type RouteFrontMatter } from './compute-route.js';
import { resolveRouteCollisions, routeKey, type RoutedFile } from './resolve-route-collisions.js';
import type { IndexedFile, LinkIndex } from './types.js';

/** One file the site will contain, as the index needs it. */
export interface LinkIndexEntry {
  source: string;
  /** `parseRepoUrl(repo).key`, or `local:<id>` for sources without a repo. */
  repoKey: string;
  from: string;
  to: string;
  kind: FileKind;
  /** Text of a doc (for front matter `slug`/`id` and anchors). */
  content?: string;
  /** The doc's anchors when the caller knows them already (then nothing is parsed). */
  anchors?: { anchors: readonly string[]; titleAnchors: readonly string[] };
  /** Branch, ref and synced commit of the source, so absolute GitHub links at those refs count as internal. */
  refs?: readonly string[];
  /** Set on a translated page (its `to` is in its language's tree). */
  translation?: { locale: string; englishTo: string };
}

/** Indexes every file of the site by repo identity + upstream path and by site path. Pure. */
export function buildLinkIndex(entries: readonly LinkIndexEntry[]): LinkIndex {
  const byUpstream = new Map<string, IndexedFile[]>();
  const bySitePath = new Map<string, IndexedFile>();
  const routed: RoutedFile[] = [];
  for (const entry of entries) {
    const indexed = indexFile(entry);
    // a translation is served at its English page's URL under /<locale>/: it takes no URL from the English pages
    if (!entry.translation) routed.push(indexed);
    const key = upstreamKey(entry.repoKey, entry.from);
    byUpstream.set(key, [...(byUpstream.get(key) ?? []), indexed.file]);
    if (!bySitePath.has(entry.to)) bySitePath.set(entry.to, indexed.file);
  }
  resolveRouteCollisions(routed);
  const byRoute = new Map<string, IndexedFile>();
  for (const { file } of routed) if (file.route !== undefined && !byRoute.has(routeKey(file.route))) byRoute.set(routeKey(file.route), file);
  return {
    find: (repoKey, upstreamPath) => byUpstream.get(upstreamKey(repoKey, upstreamPath))?.[0],
    findAll: (repoKey, upstreamPath) => byUpstream.get(upstreamKey(repoKey, upstreamPath)) ?? [],
    findBySitePath: (sitePath) => bySitePath.get(sitePath),
    findByRoute: (route) => byRoute.get(routeKey(route)),
    files: () => bySitePath.values(),
  };
}

function indexFile(entry: LinkIndexEntry): RoutedFile {
  const file: IndexedFile = { source: entry.source, repoKey: entry.repoKey, from: entry.from, to: entry.to, kind: entry.kind, anchors: new Set() };
  if (entry.refs) file.refs = entry.refs;
  if (entry.translation) file.translation = entry.translation;
  if (entry.kind !== 'doc') return { file, routeFromFrontMatter: false };
  const text = entry.content ?? '';
  const place = entry.translation?.englishTo ?? entry.to;
  let frontMatter = routeFrontMatter(text);
  let route = computeRoute(place, frontMatter);
  if (route === undefined && (frontMatter.slug !== undefined || frontMatter.id !== undefined)) {
    // a slug or id that gives no valid URL is dropped by the transform: the page keeps its place's URL
    frontMatter = frontMatter.parse_number_prefixes === undefined ? {} : { parse_number_prefixes: frontMatter.parse_number_prefixes };
    route = computeRoute(place, frontMatter);
  }
  if (route !== undefined) file.route = entry.translation ? `/${entry.translation.locale}${route}` : route;
  const { anchors, titleAnchors } = entry.anchors ?? collectAnchors(parseMarkdown(text));
  file.anchors = new Set(anchors);
  file.titleAnchors = new Set(titleAnchors);
  return { file, routeFromFrontMatter: frontMatter.slug !== undefined || frontMatter.id !== undefined, parseNumberPrefixes: frontMatter.parse_number_prefixes };
}

function routeFrontMatter(text: string): RouteFrontMatter {
  const result = readFrontMatter(text);
  return result.kind === 'ok' ? readRouteFrontMatter(result.data) : {};
}

function upstreamKey(repoKey: string, upstreamPath: string): string {
  return `${repoKey}\u0000${upstreamPath}`;
}
