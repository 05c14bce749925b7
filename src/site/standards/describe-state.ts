import type { PhrasingContent } from 'mdast';
import type { ScopeValidity, VersionEntry } from './model-types.js';
import { fileLink, joinPhrasing, text } from './markdown-nodes.js';
import type { VersionState, VersionStateName } from './types.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

/** The order of the state columns; a table shows the ones its rows use (draft, effective, deprecated at least). */
export const STATE_ORDER: readonly VersionStateName[] = ['draft', 'effective', 'deprecated', 'rejected'];

export function stateLabel(state: VersionStateName, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  return t.states[state];
}

/** The announced change of a state: `effective from 2027-01-01`, `deprecated from 2027-03-01`. */
export function describeUpcoming(state: VersionState, t: StandardsText = ENGLISH_STANDARDS_TEXT): string | undefined {
  if (state.effectiveFrom !== undefined) return t.upcoming('effective', state.effectiveFrom);
  if (state.deprecatedFrom !== undefined) return t.upcoming('deprecated', state.deprecatedFrom);
  return undefined;
}

/** `Effective (deprecated from 2027-03-01)`. */
export function describeState(state: VersionState, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  const upcoming = describeUpcoming(state, t);
  return upcoming === undefined ? stateLabel(state.state, t) : `${stateLabel(state.state, t)} (${upcoming})`;
}

export function stateColumns(entries: readonly VersionEntry[]): VersionStateName[] {
  return STATE_ORDER.filter((state) => state !== 'rejected' || entries.some((entry) => entry.state.state === state));
}

/** One cell per state column: links to the versions in that state, with their upcoming change. */
export function stateCells(
  fromPath: string,
  entries: readonly VersionEntry[],
  columns: readonly VersionStateName[],
  t: StandardsText = ENGLISH_STANDARDS_TEXT,
): PhrasingContent[][] {
  return columns.map((column) =>
    joinPhrasing(
      entries
        .filter((entry) => entry.state.state === column)
        .map((entry) => {
          const upcoming = describeUpcoming(entry.state, t);
          const versionLink = fileLink(fromPath, entry.document.path, entry.document.version);
          return upcoming === undefined ? [versionLink] : [versionLink, text(` (${upcoming})`)];
        }),
    ),
  );
}

/** A scope version's validity: `Effective (deprecated from 2027-01-01)`; unknown codes as written. */
export function describeValidity(validity: ScopeValidity, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  const label = t.validity[validity.code] ?? validity.code;
  return validity.upcoming ? `${label} (${t.upcoming(validity.upcoming.code, validity.upcoming.date)})` : label;
}
