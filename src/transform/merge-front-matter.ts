import type { Root, Yaml } from 'mdast';
import type { Plugin } from 'unified';
import { Document, isMap, isScalar, parseDocument } from 'yaml';
import { computeRoute } from '../link-index/compute-route.js';
import { readFrontMatter, type FrontMatterData } from '../markdown/read-front-matter.js';
import { frontMatterDiagnostic } from './front-matter-diagnostics.js';
import { keysDocusaurusRefuses, reviewUpstreamKey, siteFrontMatter, SITE_OWNED_KEYS, titleFromHeadings } from './site-front-matter.js';
import type { CollectedFile } from '../collect/types.js';
import type { TransformState } from './types.js';

/**
 * Writes the doc's front matter: upstream keys kept as written unless Docusaurus would fail on them or they
 * would run code (see `reviewUpstreamKey`), site keys (edit URL, last update, provenance) set, `title` taken
 * from the first heading and `description` from the first paragraph (else the title) when missing, and `slug`/`id` dropped when they would give the page another page's
 * URL. Broken upstream YAML is reported and dropped so the build does not fail on it.
 */
export const mergeFrontMatter: Plugin<[TransformState], Root> = (state) => (tree) => {
  const node = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const read = node ? readFrontMatter(state.text) : ({ kind: 'none' } as const);
  let document = new Document({});
  if (read.kind === 'invalid') {
    state.diagnostics.push(frontMatterDiagnostic(state, { kind: 'invalid', reason: read.reason }, read.line, read.column));
  } else if (read.kind === 'ok' && node) {
    document = upstreamDocument(node.value, read.data);
    reviewUpstreamKeys(document, state, node);
  }
  const { translation } = state.input.doc;
  if (translation) takeEnglishRouteKeys(document, translation.routeKeys);
  if ((read.kind === 'ok' && node) || translation) {
    dropUnroutableKeys(document, state, node);
    dropCollidingRouteKeys(document, state, node);
    giveOwnRoute(document, state);
  }
  setSiteKeys(document, state, tree);
  const block = `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---`.replace(/\r?\n/g, state.eol);
  const start = node?.position?.start.offset ?? 0;
  const end = node?.position?.end.offset ?? 0;
  state.edits.push({ start, end, text: node ? block : `${block}${state.eol}` });
};

/** The upstream block as an editable YAML document (comments and formatting kept) or, failing that, from the data. */
function upstreamDocument(yamlText: string, data: FrontMatterData): Document {
  const parsed = parseDocument(yamlText);
  if (parsed.errors.length === 0 && isMap(parsed.contents)) return parsed;
  return new Document(data);
}

function reviewUpstreamKeys(document: Document, state: TransformState, node: Yaml): void {
  const data = document.toJS() as FrontMatterData;
  for (const [key, value] of Object.entries(data)) {
    if ((SITE_OWNED_KEYS as readonly string[]).includes(key)) {
      state.diagnostics.push(frontMatterDiagnostic(state, { kind: 'site-key', key }, keyLine(document, node, key)));
      continue;
    }
    const review = reviewUpstreamKey(key, value, state.input.source.trusted);
    if (review.action === 'stringify') document.set(key, String(value));
    if (review.action !== 'drop') continue;
    state.diagnostics.push(frontMatterDiagnostic(state, { kind: 'dropped-key', key, reason: review.reason }, keyLine(document, node, key)));
    document.delete(key);
  }
  dropKeysDocusaurusRefuses(document, state, node);
}

/** What passed the review above but Docusaurus' own validation still refuses (its value rules) is dropped too. */
function dropKeysDocusaurusRefuses(document: Document, state: TransformState, node: Yaml): void {
  // a dropped key can change how another is checked (toc_min_heading_level against toc_max_heading_level)
  for (let round = 0; round < 3; round += 1) {
    const data = document.toJS() as FrontMatterData;
    for (const key of SITE_OWNED_KEYS) delete data[key];
    const refused = keysDocusaurusRefuses(data);
    if (refused.size === 0) return;
    for (const key of Object.keys(data).filter((name) => refused.has(name))) {
      const reason = refused.get(key)!;
      state.diagnostics.push(frontMatterDiagnostic(state, { kind: 'dropped-key', key, reason: `is refused by the site (${reason})` }, keyLine(document, node, key)));
      document.delete(key);
    }
  }
}

/** A `slug` or `id` that lands the page on a URL another page has: dropped, with a warning naming the other page. */
function dropCollidingRouteKeys(document: Document, state: TransformState, node: Yaml | undefined): void {
  const keys = ['slug', 'id'].filter((key) => document.has(key));
  if (keys.length === 0) return;
  const { index, doc } = state.input;
  const collision = index.findBySitePath(pagePlace(doc))?.routeCollision;
  if (!collision) return;
  const line = keyLine(document, node, keys[0]!);
  for (const key of keys) document.delete(key);
  const fallback = computeRoute(pagePlace(doc), parseNumberPrefixes(document));
  const owner = `${collision.owner.from} of source "${collision.owner.source}"`;
  const problem = { kind: 'route-collision', keys, route: collision.lostRoute, owner, fallback } as const;
  state.diagnostics.push(frontMatterDiagnostic(state, problem, line));
}

/** A page whose place gives it another page's URL is served at a URL of its own (see resolveRouteCollisions). */
function giveOwnRoute(document: Document, state: TransformState): void {
  const { index, doc } = state.input;
  // a translation takes the URL its English page is given (under its language's prefix)
  const page = index.findBySitePath(pagePlace(doc));
  const placed = page?.placeCollision;
  if (!placed) return;
  document.set('slug', placed.slug);
  document.set('id', placed.id);
  const owner = `${placed.owner.from} of source "${placed.owner.source}"`;
  state.diagnostics.push(frontMatterDiagnostic(state, { kind: 'place-collision', route: placed.lostRoute, owner, now: page.route! }));
}

/** A `slug` or `id` that gives the page no URL Docusaurus accepts (`#`, `?`, a stray `%`, …) stops the build: dropped. */
function dropUnroutableKeys(document: Document, state: TransformState, node: Yaml | undefined): void {
  const slug: unknown = document.get('slug');
  const id: unknown = document.get('id');
  if (typeof slug !== 'string' && typeof id !== 'string') return;
  const place = parseNumberPrefixes(document);
  const own = computeRoute(pagePlace(state.input.doc), place);
  if (own === undefined || computeRoute(pagePlace(state.input.doc), { ...place, ...(typeof slug === 'string' ? { slug } : {}), ...(typeof id === 'string' ? { id } : {}) }) !== undefined) return;
  for (const key of ['slug', 'id'].filter((name) => document.has(name))) {
    const reason = `gives the page no valid URL (it keeps ${own})`;
    state.diagnostics.push(frontMatterDiagnostic(state, { kind: 'dropped-key', key, reason }, keyLine(document, node, key)));
    document.delete(key);
  }
}

function parseNumberPrefixes(document: Document): { parse_number_prefixes?: boolean } {
  const value: unknown = document.get('parse_number_prefixes');
  return typeof value === 'boolean' ? { parse_number_prefixes: value } : {};
}

function setSiteKeys(document: Document, state: TransformState, tree: Root): void {
  const site = siteFrontMatter(state.input);
  for (const key of SITE_OWNED_KEYS) document.delete(key);
  if (site.custom_edit_url) document.set('custom_edit_url', site.custom_edit_url);
  if (site.last_update) document.set('last_update', document.createNode(site.last_update));
  document.set('source', document.createNode(site.source));
  const title = document.has('title') ? undefined : titleFromHeadings(tree);
  if (title !== undefined) document.set('title', title);
  if (!document.has('description')) document.set('description', state.description ?? fallbackDescription(document, state));
}

/** For a page without a paragraph of text: its title, else where it comes from. */
function fallbackDescription(document: Document, state: TransformState): string {
  const title: unknown = document.get('title');
  if (typeof title === 'string' && title.trim() !== '') return title;
  const { source, doc } = state.input;
  return `${doc.from} of ${source.repo?.key ?? source.id}`;
}

/** 1-based document line of a top-level key in the front matter (the block starts after the `---` line). */
function keyLine(document: Document, node: Yaml | undefined, key: string): number | undefined {
  if (!isMap(document.contents) || !node?.position) return undefined;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  if (offset === undefined) return undefined;
  return node.position.start.line + 1 + node.value.slice(0, offset).split('\n').length - 1;
}

/**
 * A translation is the same doc as its English page in another language: Docusaurus pairs them by place, and the
 * sidebars name them by id. Its `id` and `slug` are the English page's, whatever the translated file says.
 */
function takeEnglishRouteKeys(document: Document, english: { id?: string; slug?: string }): void {
  for (const key of ['slug', 'id'] as const) {
    const value = english[key];
    if (value === undefined) document.delete(key);
    else document.set(key, value);
  }
}

/** Where a page's URL comes from: its place, or for a translation its English page's place. */
function pagePlace(doc: Pick<CollectedFile, 'to' | 'translation'>): string {
  return doc.translation?.englishTo ?? doc.to;
}
