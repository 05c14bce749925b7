import { posix } from 'node:path';
import { DEFAULT_LOCALE, findSection, LOCALES, localizedSectionDir } from './sections.js';

/** Where a repository keeps the translations of its pages (`translations` in repos.yaml, see its schema). */
export type TranslationConvention = 'suffix' | 'folder' | 'docusaurus';

/** The languages the site publishes beside English: translated pages in other languages are not taken. */
export const TRANSLATION_LOCALES: readonly string[] = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** A page of a translated tree: its language and the English page it translates (site paths). */
export interface SiteLocation {
  /** Undefined for English pages. */
  locale?: string;
  section: string;
  /** The English page's site path (the path itself for English pages). */
  englishTo: string;
}

/** The site path of the translation of the English page at `englishTo` (see localizedSectionDir). */
export function localizedSitePath(englishTo: string, locale: string): string | undefined {
  const section = findSection(englishTo);
  if (!section) return undefined;
  return posix.join(localizedSectionDir('', locale, section.id), englishTo.slice(section.id.length + 1));
}

const LOCALIZED = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs(?:-([^/]+))?\/current\/(.+)$/;

/** Which language and section a site path belongs to: translated trees are read back to their English page. */
export function siteLocation(sitePath: string): SiteLocation {
  const localized = LOCALIZED.exec(sitePath);
  if (!localized) return { section: sitePath.split('/')[0] ?? '', englishTo: sitePath };
  const section = localized[2] ?? 'docs';
  return { locale: localized[1]!, section, englishTo: `${section}/${localized[3]!}` };
}
