import type { FileKind } from '../collect/types.js';

/** Everything the site will contain, so links can be rewritten in a second pass. */
export interface IndexedFile {
  source: string;
  /** Normalised repo identity (e.g. `github.com/sovereigncloudstack/standards`) or `local:<id>`. */
  repoKey: string;
  from: string;
  /** Site path relative to the content root. */
  to: string;
  kind: FileKind;
  /** URL path on the site (docs only), e.g. `/docs/releases/Release4`. */
  route?: string;
  /** Heading anchors of a doc (github-slugger ids, plus explicit `{#id}` and html ids). */
  anchors: Set<string>;
  /** Set when the page's `slug`/`id` pointed at a URL another page keeps: it is served at its place's URL instead. */
  routeCollision?: { lostRoute: string; owner: IndexedFile };
  /**
   * Set when the page's place gives it the URL of another page (`01-intro.md` beside `intro.md`, `a.md` beside
   * `a/index.md`): it is served at `route` instead, through the front matter `slug` and `id` the transform writes.
   */
  placeCollision?: { lostRoute: string; owner: IndexedFile; slug: string; id: string };
  /** Ids of level-1 headings: Docusaurus shows them as the page title without an id. */
  titleAnchors?: Set<string>;
  /** Refs under which the source's repo serves this file (branch, ref, synced commit), for absolute GitHub links. */
  refs?: readonly string[];
  /** Set on a translated page: its language and the site path of the English page it translates. */
  translation?: { locale: string; englishTo: string };
}

export interface LinkIndex {
  /** Look up an imported file by repo identity and upstream path. */
  find(repoKey: string, upstreamPath: string): IndexedFile | undefined;
  /** Look up an English doc by its URL path on the site (a trailing slash does not matter). */
  findByRoute(route: string): IndexedFile | undefined;
  /** Look up by site path relative to the content root. */
  findBySitePath(sitePath: string): IndexedFile | undefined;
  files(): Iterable<IndexedFile>;
  /** Every import of an upstream file (one upstream file may be placed by several sources). */
  findAll?(repoKey: string, upstreamPath: string): readonly IndexedFile[];
}
