import { posix } from 'node:path';
import type { SourceSpec } from '../manifest/types.js';
import { TRANSLATION_LOCALES, type TranslationConvention } from '../manifest/translations.js';
import type { ToolchainName } from '../toolchains/types.js';

/** Where one source keeps its translated pages, for the languages the site publishes. */
export interface TranslationLayout {
  conventions: readonly TranslationConvention[];
  locales: readonly string[];
  /** The source's `base`: the folder convention mirrors the tree under it in `<base>/<locale>/`. */
  base: string;
  /** The Docusaurus convention mirrors `docsDir` in `<siteDir>/i18n/<locale>/docusaurus-plugin-content-docs/current/`. */
  docsDir: string;
  siteDir: string;
}

/** A translated page paired with the English page it translates (snapshot paths). */
export interface TranslationPair {
  locale: string;
  /** The translated file. */
  path: string;
  /** The English page. */
  page: string;
}

const DOC_EXTENSION = /\.(md|mdx|markdown)$/i;

/** `translations` from repos.yaml, or by default: suffixes always, the i18n folder of Docusaurus sources. */
export function translationLayout(
  spec: Pick<SourceSpec, 'translations' | 'base'>,
  toolchain: { name: ToolchainName; config?: string },
  locales: readonly string[] = TRANSLATION_LOCALES,
): TranslationLayout {
  const conventions = spec.translations ?? (toolchain.name === 'docusaurus' ? ['suffix', 'docusaurus'] : ['suffix']);
  const configDir = toolchain.name === 'docusaurus' && toolchain.config ? folderOf(toolchain.config) : undefined;
  const siteDir = configDir ?? (spec.base === '' ? '' : folderOf(spec.base));
  const docsDir = spec.base !== '' ? spec.base : posix.join(siteDir, 'docs');
  return { conventions, locales, base: spec.base, docsDir, siteDir };
}

/** The language a file is written in when it is a translation under the layout's conventions: never an English page. */
export function translatedLocale(layout: TranslationLayout, path: string): string | undefined {
  return layout.locales.find((locale) =>
    layout.conventions.some((convention) => {
      switch (convention) {
        case 'suffix':
          return DOC_EXTENSION.test(path) && posix.basename(path).replace(DOC_EXTENSION, '').endsWith(`.${locale}`);
        case 'folder':
          return path.startsWith(`${under(layout.base, locale)}/`);
        case 'docusaurus':
          return path.startsWith(`${under(layout.siteDir, posix.join('i18n', locale))}/`);
      }
    }),
  );
}

/** Where the translation of the English page `page` into `locale` may be, in the order of the layout's conventions. */
export function translationCandidates(layout: TranslationLayout, page: string, locale: string): string[] {
  return layout.conventions.flatMap((convention) => {
    switch (convention) {
      case 'suffix':
        return [page.replace(DOC_EXTENSION, `.${locale}.$1`)];
      case 'folder':
        return underFolder(page, layout.base, under(layout.base, locale));
      case 'docusaurus':
        return underFolder(page, layout.docsDir, under(layout.siteDir, posix.join('i18n', locale, 'docusaurus-plugin-content-docs', 'current')));
    }
  });
}

/**
 * Pairs each English page with its translation into each language, the first of the candidates the snapshot has
 * (translated files outside the include globs too: a Docusaurus i18n folder rarely is inside them).
 */
export function pairTranslations(layout: TranslationLayout, pages: Iterable<string>, exists: (path: string) => boolean): TranslationPair[] {
  const pairs: TranslationPair[] = [];
  for (const page of pages) {
    for (const locale of layout.locales) {
      const path = translationCandidates(layout, page, locale).find(exists);
      if (path !== undefined) pairs.push({ locale, path, page });
    }
  }
  return pairs;
}

/** `<folder>/<rest>` → `<mirror>/<rest>`; nothing when the page is not under `folder`. */
function underFolder(page: string, folder: string, mirror: string): string[] {
  if (folder === '') return [posix.join(mirror, page)];
  return page.startsWith(`${folder}/`) ? [posix.join(mirror, page.slice(folder.length + 1))] : [];
}

function under(folder: string, child: string): string {
  return folder === '' ? child : posix.join(folder, child);
}

function folderOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}
