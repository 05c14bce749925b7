import type { PhrasingContent } from 'mdast';
import type { ScopeValidity, VersionEntry } from './model-types.js';
import { fileLink, joinPhrasing, text } from './markdown-nodes.js';
import type { VersionState, VersionStateName } from './types.js';

/** The order of the state columns; a table shows the ones its rows use (draft, effective, deprecated at least). */
export const STATE_ORDER: readonly VersionStateName[] = ['draft', 'effective', 'deprecated', 'rejected'];

const STATE_LABELS: Record<VersionStateName, string> = {
  draft: 'Draft',
  effective: 'Effective',
  deprecated: 'Deprecated',
  rejected: 'Rejected',
};

export function stateLabel(state: VersionStateName): string {
  return STATE_LABELS[state];
}

/** The announced change of a state: `effective from 2027-01-01`, `deprecated from 2027-03-01`. */
export function describeUpcoming(state: VersionState): string | undefined {
  if (state.effectiveFrom !== undefined) return `effective from ${state.effectiveFrom}`;
  if (state.deprecatedFrom !== undefined) return `deprecated from ${state.deprecatedFrom}`;
  return undefined;
}

/** `Effective (deprecated from 2027-03-01)`. */
export function describeState(state: VersionState): string {
  const upcoming = describeUpcoming(state);
  return upcoming === undefined ? stateLabel(state.state) : `${stateLabel(state.state)} (${upcoming})`;
}

export function stateColumns(entries: readonly VersionEntry[]): VersionStateName[] {
  return STATE_ORDER.filter((state) => state !== 'rejected' || entries.some((entry) => entry.state.state === state));
}

/** One cell per state column: links to the versions in that state, with their upcoming change. */
export function stateCells(fromPath: string, entries: readonly VersionEntry[], columns: readonly VersionStateName[]): PhrasingContent[][] {
  return columns.map((column) =>
    joinPhrasing(
      entries
        .filter((entry) => entry.state.state === column)
        .map((entry) => {
          const upcoming = describeUpcoming(entry.state);
          const versionLink = fileLink(fromPath, entry.document.path, entry.document.version);
          return upcoming === undefined ? [versionLink] : [versionLink, text(` (${upcoming})`)];
        }),
    ),
  );
}

const VALIDITY_LABELS: Record<string, string> = {
  effective: 'Effective',
  warn: 'Effective, about to expire',
  draft: 'Draft',
  deprecated: 'Deprecated',
};

/** A scope version's validity: `Effective (deprecated from 2027-01-01)`; unknown codes as written. */
export function describeValidity(validity: ScopeValidity): string {
  const label = VALIDITY_LABELS[validity.code] ?? validity.code;
  return validity.upcoming ? `${label} (${validity.upcoming.code} from ${validity.upcoming.date})` : label;
}
