/**
 * Whether a doc of the current locale has its own translation: Docusaurus reads a translated doc from the
 * locale's tree (`<i18n.path>/<locale>/docusaurus-plugin-content-docs…/current/`, see localizedSectionDir) and
 * falls back to the default locale's file otherwise; the doc's `source` says which one it read.
 */
export function isTranslatedDoc(source: string, locale: string): boolean {
  return source.split('/').some((part, index, parts) => part === 'i18n' && parts[index + 1] === locale);
}

/** The language of a doc's text: the locale's when it is translated (or the default locale), else the default's. */
export function docLanguage(source: string, locale: string, defaultLocale: string): string {
  return locale === defaultLocale || isTranslatedDoc(source, locale) ? locale : defaultLocale;
}
