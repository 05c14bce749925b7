import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { readBuiltPage } from './read-built-page.js';
import type { BuildFolder } from './resolve-url-path.js';

export interface PageMetadataCheck {
  /** Built pages looked at (every HTML page but redirects and the 404 page). */
  checked: number;
  /** Pages whose `<title>` another page has too, by title. */
  sharedTitles: Map<string, string[]>;
  /** Pages without a meta description, and without og:image. */
  withoutDescription: string[];
  withoutSocialImage: string[];
  failures: Diagnostic[];
}

/**
 * What search engines, browser tabs and link previews show of each built page: a `<title>` no other page has,
 * a meta description and a social card image (og:image).
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
    if (page.title) titles.set(page.title, [...(titles.get(page.title) ?? []), file]);
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

function isPageFile(file: string): boolean {
  return file.endsWith('.html') && file !== '404.html' && !file.startsWith('pagefind/');
}
