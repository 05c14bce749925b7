import { posix } from 'node:path';
import { computeVersionState, hasOwnState } from './compute-version-state.js';
import type { StandardPage, SupplementEntry, VersionEntry } from './model-types.js';
import { compareVersions } from './parse-document-name.js';
import type { StandardDocument } from './types.js';

/**
 * The page of one standard (all documents sharing a number): its versions in order with their state on
 * `today`, its supplements with the versions they apply to. Title, type and description come from the
 * reference version: the newest effective one, else the newest that is not rejected, else the newest.
 */
export function buildStandardPage(documents: readonly StandardDocument[], trackId: string, folder: string, today: string): StandardPage {
  const ordered = [...documents].sort((a, b) => compareVersions(a.version, b.version));
  const versions: VersionEntry[] = ordered.filter((d) => d.kind === 'v').map((document) => ({ document, state: computeVersionState(document, today) }));
  const supplements = ordered.filter((d) => d.kind === 'w').map((document) => buildSupplementEntry(document, versions, today));
  const reference = pickReference(versions) ?? ordered[0]!;
  const id = `scs-${reference.number}`;
  const lastUpdate = latestUpdate(ordered);
  return {
    id,
    path: posix.join(folder, trackId, `${id}.md`),
    trackId,
    title: reference.title,
    ...(reference.type !== undefined ? { type: reference.type } : {}),
    ...(reference.description !== undefined ? { description: reference.description } : {}),
    versions,
    supplements,
    scopes: [],
    ...(lastUpdate !== undefined ? { lastUpdate } : {}),
  };
}

function pickReference(versions: readonly VersionEntry[]): StandardDocument | undefined {
  const newest = (state?: string) => versions.filter((v) => (state ? v.state.state === state : v.state.state !== 'rejected')).at(-1);
  return (newest('effective') ?? newest() ?? versions.at(-1))?.document;
}

function buildSupplementEntry(document: StandardDocument, versions: readonly VersionEntry[], today: string): SupplementEntry {
  const named = new Set(document.supplements.map((name) => posix.basename(name).replace(/\.md$/, '')));
  const appliesTo = versions.map((v) => v.document).filter((version) => named.has(version.slug));
  return { document, appliesTo, ...(hasOwnState(document) ? { state: computeVersionState(document, today) } : {}) };
}

/** The newest `last_update` date among documents (ISO timestamps), if any. */
export function latestUpdate(documents: readonly { lastUpdate?: string }[]): string | undefined {
  const dates = documents.map((d) => d.lastUpdate).filter((date): date is string => date !== undefined);
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
