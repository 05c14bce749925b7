import type { EditSpans } from '../markdown/apply-edits.js';

/** The docs toolchains a source can be written for (`format` in repos.yaml). */
export const TOOLCHAIN_NAMES = ['gfm', 'mkdocs', 'mdbook', 'docusaurus', 'jekyll', 'hugo'] as const;
export type ToolchainName = (typeof TOOLCHAIN_NAMES)[number];

/** Read access to a source's whole snapshot: every path, any file read on demand (also outside the include globs). */
export interface SourceSnapshot {
  /** Every file path of the snapshot, relative to its root. */
  paths: ReadonlySet<string>;
  /** Contents of the given paths; a path that does not exist is absent from the result. */
  read(paths: readonly string[]): Promise<Map<string, Buffer>>;
}

/** What a toolchain gets to read a source: its manifest entry, its snapshot and its docs. */
export interface ToolchainInput {
  source: { id: string; base: string; trusted: boolean };
  /** The toolchain's config file (`config` in repos.yaml, or the one detection found), if any. */
  config?: string;
  snapshot: SourceSnapshot;
  /** The selected docs, by snapshot path, with their text: for facts across pages (permalinks, titles, ids). */
  docs: ReadonlyMap<string, string>;
}

/**
 * One docs toolchain, the way pandoc has one reader per input format: it finds its config, then reads a
 * source's docs into the site's one markdown (CommonMark + GFM + the site's directives) and its navigation.
 * Each lives in a folder of its own (src/toolchains/<name>/).
 */
export interface Toolchain {
  name: ToolchainName;
  /** Names of its config file (for `config` in repos.yaml without a `format`). */
  configFile: RegExp;
  /**
   * The evidence that an entry is written for this toolchain, looked for in the entry's `base` folder and its
   * parents: the config file's path, or undefined. Called in the order of TOOLCHAINS; gfm matches anything.
   */
  detect(paths: ReadonlySet<string>, base: string): string | undefined;
  /** Reads the source's config, data and navigation, once per sync; the reader converts its docs. */
  prepare(input: ToolchainInput): Promise<ToolchainReader>;
}

export interface ToolchainReader {
  /** Changes whenever anything `prepare` read changes: part of every conversion's cache key. */
  fingerprint: string;
  /** Selected files that are not pages: navigation files, partials, includes (they are still read when needed). */
  isPage(path: string): boolean;
  /** The name a page takes in its folder when it differs from its file name (Hugo's `_index.md` is `index`). */
  pageName?(path: string): string | undefined;
  /** One doc in the site's markdown; never throws (what it cannot convert is a problem, the text stays). */
  convert(doc: { path: string; text: string }): Promise<Conversion>;
  /** The upstream navigation (paths are snapshot paths), when the source has one. */
  nav?: NavTree;
  /** What preparing found (a nav entry naming no file, an unreadable config). */
  problems: ToolchainProblem[];
}

/** A doc in the site's markdown, and how it was made from the upstream text. */
export interface Conversion {
  text: string;
  /** The edits that turned the upstream text into `text` (to name upstream lines for later problems). */
  edits: EditSpans;
  /** Snapshot paths the conversion read (included files, snippets): a change to one converts the doc again. */
  dependencies: string[];
  problems: ToolchainProblem[];
}

/** A construct a toolchain left as it was, or a problem with its input, where it was written. */
export interface ToolchainProblem {
  severity: 'warning' | 'info';
  /** `toolchain/unconverted`, `toolchain/missing-include`, `toolchain/unlisted-page`, … */
  code: string;
  /** The construct as upstream wrote it, short (`{{#playground}}`, `!!! note`, `{% seo %}`): counted in the report. */
  construct?: string;
  message: string;
  /** Snapshot path; the doc's own when absent. */
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
}

/** The upstream navigation of a source, toolchain-independent. */
export interface NavTree {
  /** The nav file (snapshot path), for messages. */
  file: string;
  items: NavItem[];
}

export type NavItem =
  | { kind: 'page'; path: string; label?: string }
  | { kind: 'section'; label: string; path?: string; items: NavItem[]; collapsed?: boolean }
  | { kind: 'link'; label: string; href: string };
