import path from 'node:path';

/**
 * The site's content sections: each is one Docusaurus docs instance with its own URL prefix.
 * A source's `target` must start with one of these folder names.
 */
export interface Section {
  /** Folder under the content root and Docusaurus plugin id. */
  id: string;
  /** URL prefix of the section's pages. */
  routeBasePath: string;
  label: string;
}

export const SECTIONS: readonly Section[] = [
  { id: 'docs', routeBasePath: 'docs', label: 'For Operators' },
  { id: 'user-docs', routeBasePath: 'user-docs', label: 'For Users' },
  { id: 'contributor-docs', routeBasePath: 'contributor-docs', label: 'For Contributors' },
  { id: 'standards', routeBasePath: 'standards', label: 'Standards' },
  { id: 'community', routeBasePath: 'community', label: 'Community' },
];

/** Folder (relative to the project root) the sync writes the unified tree into. Gitignored. */
export const CONTENT_DIR = 'content';

export function findSection(sitePath: string): Section | undefined {
  const first = sitePath.split('/')[0];
  return SECTIONS.find((s) => s.id === first);
}

/** Locales of the site: English is the default (URLs unchanged), German lives under `/de/`. */
export const DEFAULT_LOCALE = 'en';
export const LOCALES = ['en', 'de'] as const;

/**
 * Folder of a section's pages in one locale other than the default, inside the content root: Docusaurus' own
 * layout (`i18n/<locale>/docusaurus-plugin-content-docs[-<id>]/current/`), the same relative paths as the
 * English pages in `<contentDir>/<sectionId>/`.
 */
export function localizedSectionDir(contentDir: string, locale: string, sectionId: string): string {
  return path.join(contentDir, 'i18n', locale, sectionId === 'docs' ? 'docusaurus-plugin-content-docs' : `docusaurus-plugin-content-docs-${sectionId}`, 'current');
}
