import { describe, expect, it } from 'vitest';
import { pairTranslations, translatedLocale, translationLayout } from '../../../src/collect/find-translations.js';

const exists = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe('translation conventions', () => {
  it('takes suffixes by default, and a Docusaurus site’s i18n folder too', () => {
    expect(translationLayout({ base: 'docs' }, { name: 'gfm' }).conventions).toEqual(['suffix']);
    expect(translationLayout({ base: 'docs' }, { name: 'docusaurus', config: 'website/docusaurus.config.js' })).toMatchObject({
      conventions: ['suffix', 'docusaurus'],
      docsDir: 'docs',
      siteDir: 'website',
    });
    expect(translationLayout({ base: 'docs', translations: [] }, { name: 'docusaurus' }).conventions).toEqual([]);
  });

  it('tells translated files of the site’s languages from English pages', () => {
    const layout = translationLayout({ base: 'docs', translations: ['suffix', 'folder', 'docusaurus'] }, { name: 'gfm' }, ['de']);
    expect(translatedLocale(layout, 'docs/install.de.md')).toBe('de');
    expect(translatedLocale(layout, 'docs/de/install.md')).toBe('de');
    expect(translatedLocale(layout, 'i18n/de/docusaurus-plugin-content-docs/current/install.md')).toBe('de');
    // other languages, and names that only look like a suffix, are English pages
    expect(translatedLocale(layout, 'docs/install.fr.md')).toBeUndefined();
    expect(translatedLocale(layout, 'docs/deploy.md')).toBeUndefined();
    expect(translatedLocale(layout, 'docs/design/de.md')).toBeUndefined();
    expect(translatedLocale(translationLayout({ base: 'docs' }, { name: 'gfm' }, ['de']), 'docs/de/install.md')).toBeUndefined();
  });

  it('pairs each English page with its translation in each language, the first convention that has one', () => {
    const layout = translationLayout({ base: 'docs', translations: ['suffix', 'folder'] }, { name: 'gfm' }, ['de', 'fr']);
    const pairs = pairTranslations(layout, ['docs/a.md', 'docs/sub/b.mdx', 'docs/c.md'], exists('docs/a.de.md', 'docs/de/a.md', 'docs/de/sub/b.mdx', 'docs/fr/c.md'));
    expect(pairs).toEqual([
      { locale: 'de', path: 'docs/a.de.md', page: 'docs/a.md' },
      { locale: 'de', path: 'docs/de/sub/b.mdx', page: 'docs/sub/b.mdx' },
      { locale: 'fr', path: 'docs/fr/c.md', page: 'docs/c.md' },
    ]);
  });

  it('mirrors a Docusaurus docs folder in its site’s i18n folder, and a folder convention under base', () => {
    const docusaurus = translationLayout({ base: 'website/docs' }, { name: 'docusaurus', config: 'website/docusaurus.config.ts' }, ['de']);
    expect(pairTranslations(docusaurus, ['website/docs/guide/x.md'], exists('website/i18n/de/docusaurus-plugin-content-docs/current/guide/x.md'))).toEqual([
      { locale: 'de', path: 'website/i18n/de/docusaurus-plugin-content-docs/current/guide/x.md', page: 'website/docs/guide/x.md' },
    ]);
    const rootFolder = translationLayout({ base: '', translations: ['folder'] }, { name: 'gfm' }, ['de']);
    expect(pairTranslations(rootFolder, ['x.md'], exists('de/x.md'))).toEqual([{ locale: 'de', path: 'de/x.md', page: 'x.md' }]);
  });
});
