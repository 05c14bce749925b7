import path from 'node:path';
import { SECTIONS, type Section } from './section-list.js';
// the section list is also read in the browser (search filter, section cards), where node:path does not exist
export { SECTIONS, type Section };

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
