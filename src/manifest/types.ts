import type { ToolchainName } from '../toolchains/types.js';
import type { TranslationConvention } from './translations.js';

/** Where an entry or value sits in repos.yaml (1-based). */
export interface ManifestPosition {
  line: number;
  column: number;
}

/**
 * One validated, defaulted entry of repos.yaml.
 * At least one of `repo` and `path` is set. With `path` the files come from that working tree
 * (uncommitted changes included); `repo`, when also set, is still the upstream that edit links point to.
 */
export interface SourceSpec {
  id: string;
  /** Clone URL; the `OWNER/NAME` shorthand is already expanded to `https://github.com/OWNER/NAME`. */
  repo?: string;
  /** Working tree to read instead of fetching: relative to the project root in repos.yaml, any folder for `--local`. */
  path?: string;
  /** Branch, tag or full commit; undefined means the remote's default branch. */
  ref?: string;
  /** Globs relative to the repo root. */
  include: string[];
  exclude: string[];
  /** Prefix stripped from upstream paths when placing files ('' = none). No leading/trailing slash. */
  base: string;
  /** Folder of the site tree (relative to the content root, first segment is a section). */
  target: string;
  label?: string;
  position?: number;
  /** Only trusted sources may contribute `.mdx` (code that runs at build time). */
  trusted: boolean;
  /** The docs toolchain the files are written for; detected from the snapshot when absent. */
  format?: ToolchainName;
  /** The toolchain's config file (repo path); detected when absent. */
  config?: string;
  /** Where the repository keeps translated pages; undefined: detected (see translationConventions). */
  translations?: TranslationConvention[];
  /** Where the entry starts in the manifest, for messages. */
  location: ManifestPosition;
}

export interface Manifest {
  /** Manifest file as given by the user (for messages). */
  file: string;
  sources: SourceSpec[];
}
