/**
 * Where the demo's upstream pages land on the site (examples/repos.yaml: the operator guide under
 * docs/99-demo/operator-guide, the user guide under user-docs/demo, the standards under standards)
 * and the reader-visible facts the browser tests look for.
 */
export const DEMO_PAGES = {
  operatorOverview: '/docs/demo/operator-guide/overview',
  quickstart: '/docs/demo/operator-guide/quickstart',
  userGettingStarted: '/user-docs/demo/getting-started',
  standardsOverview: '/standards/overview',
} as const;

/** The quickstart is the doc the demo history adds last, in a second commit by another author (src/demo). */
export const QUICKSTART_LAST_CHANGE = { author: 'Ben Writer', isoDate: '2025-06-17' } as const;

/** Sidebar path from the "For Operators" section to the operator guide's quickstart. */
export const QUICKSTART_SIDEBAR_PATH = ['demo', 'Demo operator guide', 'Quickstart'] as const;

export const QUICKSTART_EDIT_URL = 'https://github.com/example-org/demo-operator-guide/edit/main/docs/quickstart.md';

/** The demo standards (examples/upstreams/demo-standards/Standards) and the state each one is in. */
export const DEMO_STANDARDS = [
  { number: '9001', title: 'Demo naming of machine sizes', state: /effective/i },
  { number: '9002', title: 'Demo lifecycle of standards', state: /draft/i },
] as const;

/** The demo page written for mkdocs (examples/upstreams/demo-mkdocs-guide): content tabs and collapsible blocks. */
export const MKDOCS_PAGE = {
  path: '/user-docs/demo-client/install-client',
  tabs: ['Linux', 'macOS', 'Windows'],
  /** `??? note "Behind a proxy"` (closed) and `???+ tip "Shell completion"` (open). */
  closedDetails: 'Behind a proxy',
  openDetails: 'Shell completion',
} as const;

/**
 * The German site (/de/): a page the project translated itself (docs/docs/index.de.md, placed in the German tree
 * by the sync), a query only its German text answers, and an upstream page that exists only in English.
 */
export const GERMAN_SITE = {
  translated: { english: '/docs/', german: '/de/docs/', heading: 'Dokumentation für Betreiber', englishHeading: 'Documentation for operators' },
  germanQuery: 'Betreiber Container-Schicht',
  englishOnly: { path: `/de${DEMO_PAGES.quickstart}`, heading: 'Quickstart', query: 'installer wipes' },
} as const;
