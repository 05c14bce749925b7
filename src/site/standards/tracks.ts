/** The tracks of the SCS standards, in the order the site shows them, with what each one covers. */
export interface TrackInfo {
  name: string;
  /** Heading of the track page. */
  title: string;
  /** One sentence for the track page and its description. */
  summary: string;
}

export const KNOWN_TRACKS: readonly TrackInfo[] = [
  { name: 'Global', title: 'Global standards', summary: 'How SCS standards are made and certified: the process, the document format, governance.' },
  { name: 'IaaS', title: 'IaaS standards', summary: 'The infrastructure layer: flavors, images, volumes, networking, the OpenStack services a cloud offers.' },
  { name: 'KaaS', title: 'KaaS standards', summary: 'The container layer: Kubernetes versions, cluster properties, storage classes, node distribution.' },
  { name: 'IAM', title: 'IAM standards', summary: 'Identity and access management: domains and roles, identity federation, naming conventions.' },
  { name: 'Ops', title: 'Ops standards', summary: 'Operating a cloud transparently: status pages, monitoring, metering.' },
  { name: 'Scopes', title: 'Certificate scopes', summary: 'Which standards, in which versions, a cloud fulfils to be certified: the certificate scopes and their specifications.' },
];

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

export function titleOfTrack(name: string): string {
  return KNOWN_TRACKS.find((track) => track.name === name)?.title ?? `${name} standards`;
}

export function describeTrack(name: string): string {
  return KNOWN_TRACKS.find((track) => track.name === name)?.summary ?? `The standards of the ${name} track.`;
}

/** Known tracks in their order, then any others alphabetically. */
export function compareTracks(a: string, b: string): number {
  const rank = (name: string): number => {
    const index = KNOWN_TRACKS.findIndex((track) => track.name === name);
    return index === -1 ? KNOWN_TRACKS.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** A known track's spelling for any capitalisation of it (`iaas` → `IaaS`); other names stay as written. */
export function canonicalTrackName(name: string): string {
  return KNOWN_TRACKS.find((track) => track.name.toLowerCase() === name.toLowerCase())?.name ?? name;
}

/** Sidebar label of a certificate scope's page, told apart from the standard that specifies it. */
export function scopeSidebarLabel(name: string): string {
  return `${name} (scope)`;
}
