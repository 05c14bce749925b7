import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { DEFAULT_LOCALE, LOCALES } from '../../manifest/sections.js';
import { readBuiltPage } from './read-built-page.js';
import type { BuildFolder } from './resolve-url-path.js';

export interface PageMetadataCheck {
  /** Built pages looked at (every HTML page but redirects and the 404 page). */
  checked: number;
  /** Pages whose `<title>` another page of their language has too, by title (`TITLE (de)` on the German site). */
  sharedTitles: Map<string, string[]>;
  /** Pages without a meta description, and without og:image. */
  withoutDescription: string[];
  withoutSocialImage: string[];
  failures: Diagnostic[];
}

/**
 * What search engines, browser tabs and link previews show of each built page: a `<title>` no other page of its
 * language has (a German page may carry its English original's title), a meta description and a social card image.
 */
export function checkPageMetadata(build: BuildFolder): PageMetadataCheck {
  const titles = new Map<string, string[]>();
  const withoutDescription: string[] = [];
  const withoutSocialImage: string[] = [];
  let checked = 0;
  for (const file of [...build.files].filter(isPageFile).sort()) {
    const page = readBuiltPage(build.read(file) ?? '');
    if (page.redirectTo !== undefined) continue;
    checked += 1;
    if (page.title) {
      const folder = localeFolderOf(file);
      const key = folder === '' ? page.title : `${page.title} (${folder.slice(0, -1)})`;
      const same = titles.get(key);
      if (same) same.push(file);
      else titles.set(key, [file]);
    }
    if (!page.description?.trim()) withoutDescription.push(file);
    if (!page.socialImage) withoutSocialImage.push(file);
  }
  const sharedTitles = new Map([...titles].filter(([, files]) => files.length > 1));
  const failures: Diagnostic[] = [
    ...[...sharedTitles].map(([title, files]): Diagnostic => ({
      severity: 'error',
      code: 'site/shared-title',
      file: files[0]!,
      message: `${files.length} pages have the title "${title}": ${files.join(', ')}`,
      hint: 'The sync gives pages of one title a head_title naming what they belong to (src/page-titles); a page outside the synced tree needs a title of its own.',
    })),
    ...withoutDescription.map((file): Diagnostic => ({ severity: 'error', code: 'site/description-missing', file, message: 'the page has no meta description', hint: 'Give the page a `description` in its front matter, or a first paragraph of text.' })),
    ...withoutSocialImage.map((file): Diagnostic => ({ severity: 'error', code: 'site/social-image-missing', file, message: 'the page has no og:image', hint: 'Set `themeConfig.image` in docusaurus.config.ts.' })),
  ];
  return { checked, sharedTitles, withoutDescription, withoutSocialImage, failures };
}

export function isPageFile(file: string): boolean {
  return file.endsWith('.html') && !LOCALE_FOLDERS.some((folder) => file === `${folder}404.html` || file.startsWith(`${folder}pagefind/`));
}

/** Build folders of the locales: the default one at the root, the others in a folder named after them. */
const LOCALE_FOLDERS = ['', ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => `${locale}/`)];

/** The folder of the locale a built file belongs to (`de/` for the German site, `` for the default one). */
export function localeFolderOf(file: string): string {
  return LOCALE_FOLDERS.find((folder) => folder !== '' && file.startsWith(folder)) ?? '';
}

/**
 * The pages of the default locale that have no counterpart in another locale's folder (`docs/x/index.html`
 * without `de/docs/x/index.html`): a reader switching language there would find nothing.
 */
export function listMissingCounterparts(build: BuildFolder): Diagnostic[] {
  const others = LOCALE_FOLDERS.filter((folder) => folder !== '');
  const pages = [...build.files].filter((file) => isPageFile(file) && localeFolderOf(file) === '').sort();
  return others.flatMap((folder) =>
    pages
      .filter((file) => !build.files.has(`${folder}${file}`) && readBuiltPage(build.read(file) ?? '').redirectTo === undefined)
      .map((file): Diagnostic => ({
        severity: 'error',
        code: 'site/missing-counterpart',
        file,
        message: `the page has no counterpart ${folder}${file} in the ${folder.slice(0, -1)} site`,
        hint: 'Every page is built in each locale (untranslated ones with the English text): check i18n in docusaurus.config.ts.',
      })),
  );
}
