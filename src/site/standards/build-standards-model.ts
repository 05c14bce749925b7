import { posix } from 'node:path';
import { buildScopePage } from './build-scope-page.js';
import { buildStandardPage, latestUpdate } from './build-standard-page.js';
import { formatIsoDate } from './iso-date.js';
import type { ScopePage, StandardPage, StandardsModel, TrackPage } from './model-types.js';
import { isTemplate } from './parse-document-name.js';
import { canonicalTrackName, compareTracks, SCOPES_TRACK, trackIdOf } from './tracks.js';
import type { CertificateScope, StandardDocument } from './types.js';

/** Folder of the standards section in the site tree. */
export const STANDARDS_FOLDER = 'standards';

/**
 * From the standards documents and certificate scopes to the page models of the generated pages: the
 * overview, one page per track, one per standard, one per certificate scope (on the Scopes track).
 * Pure: `now` decides every state; documents without a track are left out (the reader reports them).
 */
export function buildStandardsModel(
  documents: readonly StandardDocument[],
  scopes: readonly CertificateScope[],
  now: Date,
  folder: string = STANDARDS_FOLDER,
): StandardsModel {
  const today = formatIsoDate(now);
  const standards = groupByNumber(documents.filter((d) => !isTemplate(d)));
  const byTrack = new Map<string, StandardPage[]>();
  for (const group of standards) {
    const track = trackOf(group);
    if (track === undefined) continue;
    const page = buildStandardPage(group, trackIdOf(track), folder, today);
    byTrack.set(track, [...(byTrack.get(track) ?? []), page]);
  }
  const scopePages = scopes.map((scope) => buildScopePage(scope, posix.join(folder, trackIdOf(SCOPES_TRACK)), documents, today));
  if (scopePages.length > 0 && !byTrack.has(SCOPES_TRACK)) byTrack.set(SCOPES_TRACK, []);
  const tracks = [...byTrack.keys()].sort(compareTracks).map((name) => buildTrackPage(name, byTrack.get(name)!, folder));
  attachScopes(tracks, scopePages);
  const lastUpdate = latestUpdate(documents);
  return {
    today,
    overview: { path: posix.join(folder, 'overview.md'), ...(lastUpdate !== undefined ? { lastUpdate } : {}) },
    tracks,
    templates: documents.filter(isTemplate).sort((a, b) => a.slug.localeCompare(b.slug)),
  };
}

function groupByNumber(documents: readonly StandardDocument[]): StandardDocument[][] {
  const groups = new Map<string, StandardDocument[]>();
  for (const document of documents) groups.set(document.number, [...(groups.get(document.number) ?? []), document]);
  return [...groups.keys()].sort().map((number) => groups.get(number)!);
}

/** The track of the newest version that names one, else of any document of the standard. */
function trackOf(group: readonly StandardDocument[]): string | undefined {
  const named = group.filter((d) => d.track !== undefined);
  const track = (named.filter((d) => d.kind === 'v').at(-1) ?? named.at(-1))?.track;
  return track === undefined ? undefined : canonicalTrackName(track);
}

function buildTrackPage(name: string, standards: StandardPage[], folder: string): TrackPage {
  const id = trackIdOf(name);
  const lastUpdate = latestUpdate(standards);
  return { id, name, path: posix.join(folder, id, 'index.md'), standards, scopes: [], ...(lastUpdate !== undefined ? { lastUpdate } : {}) };
}

/** Scopes go on the Scopes track page, and on the page of the standard whose title is the scope's name. */
function attachScopes(tracks: readonly TrackPage[], scopes: readonly ScopePage[]): void {
  const scopesTrack = tracks.find((track) => track.name === SCOPES_TRACK);
  if (scopesTrack) scopesTrack.scopes.push(...scopes);
  const all = tracks.flatMap((track) => track.standards);
  for (const scope of scopes) {
    const name = scope.scope.name.toLowerCase();
    const candidates = all.filter((standard) => standard.versions.some((v) => v.document.title.toLowerCase() === name));
    const specification = candidates.find((standard) => standard.trackId === scopesTrack?.id) ?? candidates[0];
    if (!specification) continue;
    specification.scopes.push(scope);
    scope.specification = { id: specification.id, path: specification.path };
  }
}
