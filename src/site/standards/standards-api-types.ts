import type { VersionStateName } from './types.js';

/**
 * `/api/standards.json` (schema/api/standards.schema.json). Every field is always present: what is not known is
 * `null`. URLs of site pages are paths below the site's root (`/standards/iaas/scs-0100`). Texts are plain text.
 */
export interface StandardsApi {
  $schema: string;
  version: number;
  /** The build date every `state` and `validity` holds for. */
  statesAsOf: string;
  tracks: ApiTrack[];
  standards: ApiStandard[];
  scopes: ApiScope[];
}

export interface ApiTrack {
  id: string;
  name: string;
  url: string;
}

/** A standard or decision record: the documents that share a number. */
export interface ApiStandard {
  id: string;
  title: string;
  /** As the documents say: `Standard`, `Decision Record`, `Procedural`, … */
  type: string | null;
  description: string | null;
  track: string;
  url: string;
  versions: ApiVersion[];
  supplements: ApiSupplement[];
}

export interface ApiDocument {
  /** `v3`, `w1`. */
  version: string;
  /** The file name without `.md`: `scs-0100-v3-flavor-naming`. */
  document: string;
  title: string;
  /** Front matter `status` as written. */
  status: string | null;
  stabilizedAt: string | null;
  deprecatedAt: string | null;
  url: string | null;
  upstream: ApiUpstream;
}

export interface ApiVersion extends ApiDocument {
  state: VersionStateName;
}

export interface ApiSupplement extends ApiDocument {
  /** Only when the supplement has dates or a status of its own. */
  state: VersionStateName | null;
  /** The versions of the standard it applies to. */
  appliesTo: string[];
}

export interface ApiUpstream {
  /** Source id in repos.yaml. */
  source: string;
  repo: string | null;
  path: string;
  commit: string | null;
  /** The file at that commit on the repository's web site, when the host is known. */
  url: string | null;
}

export interface ApiScope {
  id: string;
  name: string;
  url: string;
  /** The standard that specifies the scope. */
  specification: string | null;
  versions: ApiScopeVersion[];
}

export interface ApiScopeVersion {
  version: string;
  stabilizedAt: string | null;
  validity: string;
  upcoming: ApiDatedValidity | null;
  /** The version's validity from each date of the scope's timeline on, oldest first. */
  timeline: ApiDatedValidity[];
  requires: ApiRequirement[];
}

export interface ApiDatedValidity {
  date: string;
  validity: string;
}

/** A module a scope version includes, and the standard version it tests when that is synced. */
export interface ApiRequirement {
  module: string;
  name: string;
  standard: string | null;
  version: string | null;
  url: string | null;
}
