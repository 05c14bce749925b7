import type { VersionStateName } from './types.js';

/**
 * Every word the generated standards pages and their sidebar say, per language: the English pages in the
 * `standards` section and the German ones in its German tree (see standards-generator.ts). Names of tracks,
 * standards and scopes are the documents' own and stay as written.
 */
export interface StandardsText {
  /** Calendar dates (`2024-02-28` as the documents write them) for readers. */
  date: (iso: string) => string;
  states: Record<VersionStateName, string>;
  validity: Record<string, string>;
  /** `effective from DATE`, `deprecated from DATE`. */
  /** `effective from DATE`: the next change of a state or a scope's validity (its code). */
  upcoming: (change: string, date: string) => string;
  tracks: Record<string, { title: string; summary: string }>;
  otherTrackTitle: (name: string) => string;
  otherTrackSummary: (name: string) => string;
  scopeLabel: (name: string) => string;
  supplementLabel: (version: string) => string;
  overview: { title: string; sidebarLabel: string; description: string; intro: string; tracks: string; scopes: string; templates: string; templatesIntro: string };
  legend: (today: string) => string;
  columns: {
    standard: string;
    title: string;
    track: string;
    version: string;
    type: string;
    state: string;
    stabilized: string;
    deprecated: string;
    supplement: string;
    appliesTo: string;
    validity: string;
    module: string;
  };
  standard: {
    track: string;
    type: string;
    versions: string;
    statesAsOf: (today: string) => string;
    supplements: string;
    scopes: string;
    scopesIntro: string;
    description: (id: string, title: string) => string;
  };
  track: { currentScopes: string; scopesIntro: (today: string) => string; noValidVersion: string };
  scope: {
    intro: (name: string) => string;
    trackLink: (track: string) => string;
    specifiedIn: string;
    validityAsOf: (today: string) => string;
    versions: string;
    required: string;
    requiredIntro: string;
    description: (name: string) => string;
  };
}

const EN: StandardsText = {
  date: (iso) => iso,
  states: { draft: 'Draft', effective: 'Effective', deprecated: 'Deprecated', rejected: 'Rejected' },
  validity: { effective: 'Effective', warn: 'Effective, about to expire', draft: 'Draft', deprecated: 'Deprecated' },
  upcoming: (change, date) => `${change} from ${date}`,
  tracks: {
    Global: { title: 'Global standards', summary: 'How SCS standards are made and certified: the process, the document format, governance.' },
    IaaS: { title: 'IaaS standards', summary: 'The infrastructure layer: flavors, images, volumes, networking, the OpenStack services a cloud offers.' },
    KaaS: { title: 'KaaS standards', summary: 'The container layer: Kubernetes versions, cluster properties, storage classes, node distribution.' },
    IAM: { title: 'IAM standards', summary: 'Identity and access management: domains and roles, identity federation, naming conventions.' },
    Ops: { title: 'Ops standards', summary: 'Operating a cloud transparently: status pages, monitoring, metering.' },
    Scopes: { title: 'Certificate scopes', summary: 'Which standards, in which versions, a cloud fulfils to be certified: the certificate scopes and their specifications.' },
  },
  otherTrackTitle: (name) => `${name} standards`,
  otherTrackSummary: (name) => `The standards of the ${name} track.`,
  scopeLabel: (name) => `${name} (scope)`,
  supplementLabel: (version) => `${version} (supplement)`,
  overview: {
    title: 'Standards overview',
    sidebarLabel: 'Overview',
    description: 'Every SCS standard and decision record across all tracks, with the state of each of its versions.',
    intro: 'Every SCS standard and decision record, one row per document number. ',
    tracks: 'Tracks: ',
    scopes: 'Certificate scopes',
    templates: 'Templates',
    templatesIntro: 'Start a new document from one of these:',
  },
  legend: (today) =>
    `States as of ${today}. A version is a draft until the date it is stabilized, effective from then on, and deprecated ` +
    'from its deprecation date; a rejected document was not adopted. Each cell links the versions in that state.',
  columns: {
    standard: 'Standard',
    title: 'Title',
    track: 'Track',
    version: 'Version',
    type: 'Type',
    state: 'State',
    stabilized: 'Stabilized',
    deprecated: 'Deprecated',
    supplement: 'Supplement',
    appliesTo: 'Applies to',
    validity: 'Validity',
    module: 'Module',
  },
  standard: {
    track: 'Track: ',
    type: 'Type',
    versions: 'Versions',
    statesAsOf: (today) => `States as of ${today}.`,
    supplements: 'Supplements',
    scopes: 'Certificate scopes',
    scopesIntro: 'The versions of the scope this standard specifies, their validity and the standards they require:',
    description: (id, title) => `The versions and supplements of ${id} (${title}) and their states.`,
  },
  track: {
    currentScopes: 'Current scope versions',
    scopesIntro: (today) => `Each scope lists which standards, in which versions, a cloud fulfils to be certified. Validity as of ${today}:`,
    noValidVersion: ' (no valid version)',
  },
  scope: {
    intro: (name) => `The certificate scope ${name} of the `,
    trackLink: (track) => `${track} track`,
    specifiedIn: ', specified in ',
    validityAsOf: (today) => `. Validity as of ${today}, from the scope's timeline: only effective versions can be certified.`,
    versions: 'Versions',
    required: 'Required standards',
    requiredIntro: 'The modules each version includes (✓), with the standard version they test:',
    description: (name) => `The versions of the certificate scope ${name}, their validity and the standards each version requires.`,
  },
};

/** `2024-02-28` → `28.02.2024`, the German way of writing a date. */
function germanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** The changes a state or validity announces, as German words. */
const GERMAN_CHANGES: Record<string, string> = { effective: 'gültig', deprecated: 'veraltet', warn: 'läuft bald ab', draft: 'Entwurf' };

const DE: StandardsText = {
  date: germanDate,
  states: { draft: 'Entwurf', effective: 'Gültig', deprecated: 'Veraltet', rejected: 'Abgelehnt' },
  validity: { effective: 'Gültig', warn: 'Gültig, läuft bald ab', draft: 'Entwurf', deprecated: 'Veraltet' },
  upcoming: (change, date) => `${GERMAN_CHANGES[change] ?? change} ab ${germanDate(date)}`,
  tracks: {
    Global: { title: 'Übergreifende Standards', summary: 'Wie SCS-Standards entstehen und zertifiziert werden: der Prozess, das Dokumentformat, die Governance.' },
    IaaS: { title: 'IaaS-Standards', summary: 'Die Infrastruktur-Schicht: Flavors, Images, Volumes, Netzwerk, die OpenStack-Dienste einer Cloud.' },
    KaaS: { title: 'KaaS-Standards', summary: 'Die Container-Schicht: Kubernetes-Versionen, Eigenschaften der Cluster, Storage Classes, Verteilung der Nodes.' },
    IAM: { title: 'IAM-Standards', summary: 'Identitäts- und Zugriffsverwaltung: Domains und Rollen, Identitätsföderation, Namenskonventionen.' },
    Ops: { title: 'Ops-Standards', summary: 'Eine Cloud transparent betreiben: Statusseiten, Monitoring, Metering.' },
    Scopes: { title: 'Zertifizierungsumfänge', summary: 'Welche Standards in welchen Versionen eine Cloud für die Zertifizierung erfüllt: die Zertifizierungsumfänge und ihre Spezifikationen.' },
  },
  otherTrackTitle: (name) => `${name}-Standards`,
  otherTrackSummary: (name) => `Die Standards des Bereichs ${name}.`,
  scopeLabel: (name) => `${name} (Umfang)`,
  supplementLabel: (version) => `${version} (Ergänzung)`,
  overview: {
    title: 'Überblick über die Standards',
    sidebarLabel: 'Überblick',
    description: 'Alle SCS-Standards und Entscheidungsdokumente aller Bereiche, mit dem Status jeder ihrer Versionen.',
    intro: 'Alle SCS-Standards und Entscheidungsdokumente, eine Zeile je Dokumentnummer. ',
    tracks: 'Bereiche: ',
    scopes: 'Zertifizierungsumfänge',
    templates: 'Vorlagen',
    templatesIntro: 'Ein neues Dokument beginnt mit einer dieser Vorlagen:',
  },
  legend: (today) =>
    `Status am ${germanDate(today)}. Eine Version ist ein Entwurf bis zum Tag ihrer Stabilisierung, danach gültig, und ab ` +
    'ihrem Abkündigungsdatum veraltet; ein abgelehntes Dokument wurde nicht angenommen. Jede Zelle verlinkt die Versionen in diesem Status.',
  columns: {
    standard: 'Standard',
    title: 'Titel',
    track: 'Bereich',
    version: 'Version',
    type: 'Typ',
    state: 'Status',
    stabilized: 'Stabilisiert',
    deprecated: 'Veraltet seit',
    supplement: 'Ergänzung',
    appliesTo: 'Gilt für',
    validity: 'Gültigkeit',
    module: 'Modul',
  },
  standard: {
    track: 'Bereich: ',
    type: 'Typ',
    versions: 'Versionen',
    statesAsOf: (today) => `Status am ${germanDate(today)}.`,
    supplements: 'Ergänzungen',
    scopes: 'Zertifizierungsumfänge',
    scopesIntro: 'Die Versionen des Umfangs, den dieser Standard festlegt, ihre Gültigkeit und die Standards, die sie verlangen:',
    description: (id, title) => `Die Versionen und Ergänzungen von ${id} (${title}) und ihr Status.`,
  },
  track: {
    currentScopes: 'Aktuelle Versionen der Umfänge',
    scopesIntro: (today) =>
      `Jeder Umfang legt fest, welche Standards in welchen Versionen eine Cloud für die Zertifizierung erfüllt. Gültigkeit am ${germanDate(today)}:`,
    noValidVersion: ' (keine gültige Version)',
  },
  scope: {
    intro: (name) => `Der Zertifizierungsumfang ${name} im `,
    trackLink: (track) => `Bereich ${track}`,
    specifiedIn: ', festgelegt in ',
    validityAsOf: (today) => `. Gültigkeit am ${germanDate(today)}, nach dem Zeitplan des Umfangs: Zertifizieren lassen sich nur gültige Versionen.`,
    versions: 'Versionen',
    required: 'Verlangte Standards',
    requiredIntro: 'Die Module, die jede Version enthält (✓), mit der Version des Standards, die sie testen:',
    description: (name) => `Die Versionen des Zertifizierungsumfangs ${name}, ihre Gültigkeit und die Standards, die jede Version verlangt.`,
  },
};

export const STANDARDS_TEXT = { en: EN, de: DE } as const;
export const ENGLISH_STANDARDS_TEXT = EN;
