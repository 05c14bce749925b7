import { missingAnchorDiagnostic } from './link-diagnostics.js';
import type { LinkContext, LinkRequest, LinkResolution } from './link-types.js';
import { matchAnchor } from './match-anchor.js';
import { siteUrl, type UrlExtras } from './target-url.js';
import { localizedSitePath, siteLocation } from '../manifest/translations.js';
import type { IndexedFile, LinkIndex } from './types.js';

/**
 * The resolution of a link to an imported file: internal, or broken when the anchor is missing (then the
 * link still goes to the target, without the anchor). Undefined when the target cannot be linked on the site.
 */
export function linkToImported(context: LinkContext, request: LinkRequest, target: IndexedFile, extras: UrlExtras): LinkResolution | undefined {
  if (target.kind !== 'doc' || !extras.fragment) return internal(siteUrl(context, request, target, extras));
  const match = matchAnchor(target.anchors, extras.fragment, target.titleAnchors);
  if (match.kind === 'found') return internal(siteUrl(context, request, target, { ...extras, fragment: match.anchor }));
  if (match.kind === 'page-top') return internal(siteUrl(context, request, target, { ...extras, fragment: undefined }));
  const url = siteUrl(context, request, target, { ...extras, fragment: undefined });
  if (url === undefined) return undefined;
  return { kind: 'broken', url, diagnostic: missingAnchorDiagnostic(context, request, target.from, match.suggestion) };
}

function internal(url: string | undefined): LinkResolution | undefined {
  return url === undefined ? undefined : { kind: 'internal', url };
}

/**
 * The import of an upstream file that a link should go to: one placed by the linking source if there is one,
 * else one in the same section, else any. Folders stand for their README/index when that is imported.
 */
export function findImported(index: LinkIndex, repoKey: string, path: string, context: LinkContext): IndexedFile | undefined {
  for (const candidate of [path, ...folderIndexPaths(path)]) {
    const all = index.findAll?.(repoKey, candidate) ?? [index.find(repoKey, candidate)].filter((f) => f !== undefined);
    const section = siteLocation(context.doc.to).section;
    const best = all.find((f) => f.source === context.source.id) ?? all.find((f) => siteLocation(f.to).section === section) ?? all[0];
    if (best) return pageInLanguage(index, best, context.doc.translation?.locale);
  }
  return undefined;
}

function folderIndexPaths(path: string): string[] {
  const prefix = path === '' ? '' : `${path}/`;
  return ['README.md', 'readme.md', 'index.md', 'README.mdx', 'index.mdx'].map((name) => prefix + name);
}

/**
 * The page a link from a page in `locale` (undefined: English) goes to: the translation of the target when there is
 * one, else the English page (which Docusaurus serves under the language's prefix with its English text). A link to
 * a translated file from an English page goes to its English page.
 */
export function pageInLanguage(index: LinkIndex, target: IndexedFile, locale: string | undefined): IndexedFile {
  if (target.kind !== 'doc') return target;
  const english = target.translation ? (index.findBySitePath(target.translation.englishTo) ?? target) : target;
  const translated = locale === undefined ? undefined : localizedSitePath(english.to, locale);
  return (translated !== undefined ? index.findBySitePath(translated) : undefined) ?? english;
}
