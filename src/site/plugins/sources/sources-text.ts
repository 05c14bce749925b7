import type { SourceStatus } from '../../../components/sources/sources-data.js';

/**
 * The Sources page's sentences made at build time from the sync report, per locale (the page's own interface
 * strings are Docusaurus translations, i18n/<locale>/code.json). A locale without an entry reads English.
 */
export interface SourcesText {
  /** BCP 47 tag for dates. */
  dateLocale: string;
  statusLabels: Record<SourceStatus, string>;
  /** Accessibility warning kinds (singular, plural). */
  accessibilityLabels: Record<string, [string, string]>;
  accessibility: (parts: string) => string;
  formatDetected: string;
  formatSet: string;
  unconverted: (count: number) => string;
  /** `2 pages in German` (the language's name in the page's language). */
  translated: (count: number, language: string) => string;
  syncedCommit: string;
  syncedWorkingTree: string;
  unchanged: string;
  stale: (reason: string) => string;
  failed: (reason: string) => string;
}

const EN: SourcesText = {
  dateLocale: 'en-GB',
  statusLabels: { synced: 'Synced', unchanged: 'Unchanged', stale: 'Stale', failed: 'Failed' },
  accessibilityLabels: {
    'image-alt': ['image without alt text', 'images without alt text'],
    'link-text': ['link text that names no target', 'link texts that name no target'],
    'heading-level': ['skipped heading level', 'skipped heading levels'],
    'table-header': ['table without a header row', 'tables without a header row'],
  },
  accessibility: (parts) => `Accessibility: ${parts}`,
  formatDetected: 'detected',
  formatSet: 'set in repos.yaml',
  unconverted: (count) => `${count} construct${count === 1 ? '' : 's'} shown as written`,
  translated: (count, language) => `${count} ${count === 1 ? 'page' : 'pages'} in ${language}`,
  syncedCommit: 'Updated to a new commit in the last sync.',
  syncedWorkingTree: 'Read from the working tree in the last sync.',
  unchanged: 'Same commit as the sync before; nothing new upstream.',
  stale: (reason) => `Could not be updated, so the pages of the last good commit stay published${reason}`,
  failed: (reason) => `Nothing is published from this source${reason}`,
};

const DE: SourcesText = {
  dateLocale: 'de-DE',
  statusLabels: { synced: 'Aktualisiert', unchanged: 'Unverändert', stale: 'Veraltet', failed: 'Fehlgeschlagen' },
  accessibilityLabels: {
    'image-alt': ['Bild ohne Alternativtext', 'Bilder ohne Alternativtext'],
    'link-text': ['Linktext, der kein Ziel nennt', 'Linktexte, die kein Ziel nennen'],
    'heading-level': ['übersprungene Überschriftenebene', 'übersprungene Überschriftenebenen'],
    'table-header': ['Tabelle ohne Kopfzeile', 'Tabellen ohne Kopfzeile'],
  },
  accessibility: (parts) => `Barrierefreiheit: ${parts}`,
  formatDetected: 'erkannt',
  formatSet: 'in repos.yaml gesetzt',
  unconverted: (count) => `${count} ${count === 1 ? 'Konstrukt' : 'Konstrukte'} unverändert gezeigt`,
  translated: (count, language) => `${count} ${count === 1 ? 'Seite' : 'Seiten'} auf ${language}`,
  syncedCommit: 'Beim letzten Sync auf einen neuen Commit aktualisiert.',
  syncedWorkingTree: 'Beim letzten Sync aus dem Arbeitsverzeichnis gelesen.',
  unchanged: 'Derselbe Commit wie beim Sync davor; upstream nichts Neues.',
  stale: (reason) => `Konnte nicht aktualisiert werden, daher bleiben die Seiten des letzten guten Commits veröffentlicht${reason}`,
  failed: (reason) => `Aus dieser Quelle wird nichts veröffentlicht${reason}`,
};

const TEXTS: Record<string, SourcesText> = { en: EN, de: DE };

export function sourcesText(locale: string): SourcesText {
  return TEXTS[locale] ?? EN;
}
