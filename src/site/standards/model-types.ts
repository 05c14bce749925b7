import type { CertificateScope, ScopeModule, StandardDocument, VersionState } from './types.js';

/**
 * Page models: everything the renderer needs, already decided (states, order, titles).
 * Paths are relative to the content root, so links between pages are plain relative file links.
 */
export interface StandardsModel {
  /** The build date the states were computed for. */
  today: string;
  overview: { path: string; lastUpdate?: string };
  tracks: TrackPage[];
  /** `scs-XXXX-*` templates for new documents. */
  templates: StandardDocument[];
}

export interface TrackPage {
  /** URL and folder name: `iaas`. */
  id: string;
  /** As written in front matter: `IaaS`. */
  name: string;
  path: string;
  standards: StandardPage[];
  /** Certificate scopes (only on the Scopes track). */
  scopes: ScopePage[];
  lastUpdate?: string;
}

export interface StandardPage {
  /** `scs-0100`. */
  id: string;
  path: string;
  trackId: string;
  title: string;
  type?: string;
  description?: string;
  versions: VersionEntry[];
  supplements: SupplementEntry[];
  /** Certificate scopes this standard specifies (a scope named like the standard). */
  scopes: ScopePage[];
  lastUpdate?: string;
}

export interface VersionEntry {
  document: StandardDocument;
  state: VersionState;
}

export interface SupplementEntry {
  document: StandardDocument;
  /** The versions of the standard the supplement names in `supplements:`. */
  appliesTo: StandardDocument[];
  /** Only when the supplement carries dates or a status of its own. */
  state?: VersionState;
}

export interface ScopePage {
  scope: CertificateScope;
  path: string;
  /** Newest first, as the file lists them. */
  versions: ScopeVersionEntry[];
  /** Modules included by at least one version, in the file's order. */
  rows: ScopeModuleRow[];
  /** The standard page of the scope's specification, when there is one. */
  specification?: { id: string; path: string };
}

export interface ScopeVersionEntry {
  version: string;
  stabilizedAt?: string;
  validity: ScopeValidity;
}

/** Validity code of scs-0003 for today, and the next change the timeline announces. */
export interface ScopeValidity {
  code: string;
  upcoming?: { code: string; date: string };
}

export interface ScopeModuleRow {
  module: ScopeModule;
  /** The document the module's URL names, when it is synced. */
  document?: StandardDocument;
  /** Versions (by name) that include the module. */
  includedIn: string[];
}
