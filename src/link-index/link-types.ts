import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RepoLocation } from '../manifest/repo-url.js';
import type { SnapshotPaths } from './snapshot-paths.js';
import type { LinkIndex } from './types.js';

/** The source a doc comes from, as link rewriting needs it. */
export interface LinkSource {
  id: string;
  /** Parsed repo URL; undefined for sources that only have a local path. */
  repo?: RepoLocation;
  /** Synced commit (undefined for working trees). */
  commit?: string;
  /** Branch for edit links and, without a commit, for upstream links. */
  branch?: string;
  /** Folder of the repository the snapshot's paths are relative to ('' or absent: the repo root). */
  repoPath?: string;
  /**
   * Every file of the source's snapshot. With it, links to files that are not imported point to `blob`
   * or `tree` correctly and links to nothing are reported. Without it, such links point upstream as
   * `blob` (`tree` when the URL ends with `/`) and are not checked.
   */
  paths?: SnapshotPaths;
}

/** The doc whose links are being rewritten. */
export interface LinkDoc {
  from: string;
  to: string;
  /** A translated page's language and its English page's upstream path (see pageInLanguage). */
  translation?: { locale: string; englishFrom: string };
}

export interface LinkContext {
  index: LinkIndex;
  source: LinkSource;
  doc: LinkDoc;
}

/** One URL found in a doc. */
export interface LinkRequest {
  url: string;
  kind: 'link' | 'image';
  /**
   * `markdown` links and images are compiled by Docusaurus (file links resolved, images bundled); so are the
   * `.md` links of `reference` definitions (`[id]: url`), but not the files they name; raw `html` is not.
   * A reference's `kind` is `image` when only image references use it.
   */
  syntax: 'markdown' | 'reference' | 'html';
  /** 1-based position for diagnostics. */
  line: number;
  column: number;
}

export type LinkResolution =
  | { kind: 'keep' }
  | { kind: 'internal'; url: string }
  | { kind: 'upstream'; url: string }
  /** `url` is a build-safe replacement (upstream file, target without the anchor, or `#`). */
  | { kind: 'broken'; url: string; diagnostic: Diagnostic }
  | { kind: 'unsafe'; url: '#'; diagnostic: Diagnostic };

/** `repoKey` of a source: its repo identity, or `local:<id>` without a repo. */
export function sourceRepoKey(source: Pick<LinkSource, 'id' | 'repo'>): string {
  return source.repo?.key ?? `local:${source.id}`;
}

/** A snapshot path as its repository names it (what edit and upstream links need). */
export function repoRelativePath(source: Pick<LinkSource, 'repoPath'>, path: string): string {
  return source.repoPath ? (path === '' ? source.repoPath : `${source.repoPath}/${path}`) : path;
}
