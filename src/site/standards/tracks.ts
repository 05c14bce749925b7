import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

/** The tracks of the SCS standards, in the order the site shows them (what each covers: standards-text.ts). */
const KNOWN_TRACKS: readonly string[] = Object.keys(ENGLISH_STANDARDS_TEXT.tracks);

/** The track that holds the certificate scopes. */
export const SCOPES_TRACK = 'Scopes';

/** URL segment and folder of a track: `IaaS` → `iaas`. */
export function trackIdOf(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'other' : id;
}

export function titleOfTrack(name: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  return t.tracks[name]?.title ?? t.otherTrackTitle(name);
}

export function describeTrack(name: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  return t.tracks[name]?.summary ?? t.otherTrackSummary(name);
}

/** Known tracks in their order, then any others alphabetically. */
export function compareTracks(a: string, b: string): number {
  const rank = (name: string): number => {
    const index = KNOWN_TRACKS.indexOf(name);
    return index === -1 ? KNOWN_TRACKS.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** A known track's spelling for any capitalisation of it (`iaas` → `IaaS`); other names stay as written. */
export function canonicalTrackName(name: string): string {
  return KNOWN_TRACKS.find((track) => track.toLowerCase() === name.toLowerCase()) ?? name;
}

/** Sidebar label of a certificate scope's page, told apart from the standard that specifies it. */
export function scopeSidebarLabel(name: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  return t.scopeLabel(name);
}
