/**
 * The standards data as the generator sees it: documents and certificate scopes read from the synced tree
 * (input), and the page models built from them (output of buildStandardsModel, input of the renderer).
 * Dates are ISO calendar dates (`2024-02-28`), compared as strings.
 */

/** Where a document or scope file came from, for diagnostics. */
export interface Provenance {
  source: string;
  repo?: string;
  commit?: string;
  /** Upstream path, else the path in the site tree. */
  file: string;
}

/** One `scs-NNNN-vN-*.md` / `scs-NNNN-wN-*.md` document (or a `scs-XXXX-vN-*` template). */
export interface StandardDocument {
  /** Path relative to the content root, e.g. `standards/scs-0100-v3-flavor-naming.md`. */
  path: string;
  /** File name without `.md`, e.g. `scs-0100-v3-flavor-naming`. */
  slug: string;
  /** URL path of the document's own page (its `slug`/`id` front matter applied); undefined when it has none. */
  route?: string;
  /** `0100`, or `XXXX` for templates. */
  number: string;
  /** `v` for versions, `w` for supplements. */
  kind: 'v' | 'w';
  /** `v3`, `w1`, `vN`. */
  version: string;
  title: string;
  type?: string;
  status?: string;
  track?: string;
  description?: string;
  stabilizedAt?: string;
  deprecatedAt?: string;
  /** File names of the versions a supplement applies to (`supplements:` front matter). */
  supplements: string[];
  /** Date of the last upstream change, if known. */
  lastUpdate?: string;
  provenance: Provenance;
}

export type VersionStateName = 'draft' | 'effective' | 'deprecated' | 'rejected';

export interface VersionState {
  state: VersionStateName;
  /** A draft whose `stabilized_at` lies in the future. */
  effectiveFrom?: string;
  /** An effective version whose `deprecated_at` lies in the future. */
  deprecatedFrom?: string;
}

/** One certificate-scope YAML file (`Tests/scs-compatible-*.yaml`), as scs-0003 defines it. */
export interface CertificateScope {
  /** Path relative to the content root. */
  path: string;
  /** File name without extension, e.g. `scs-compatible-iaas`. */
  slug: string;
  name: string;
  modules: ScopeModule[];
  timeline: TimelineEntry[];
  versions: ScopeVersionSpec[];
  provenance: Provenance;
}

export interface ScopeModule {
  id: string;
  name: string;
  url?: string;
}

export interface TimelineEntry {
  date: string;
  /** Version → validity code (`effective`, `warn`, `draft`, `deprecated`). */
  versions: Record<string, string>;
}

export interface ScopeVersionSpec {
  version: string;
  stabilizedAt?: string;
  /** Ids of the included modules. */
  include: string[];
}
