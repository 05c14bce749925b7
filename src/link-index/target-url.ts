import { posix } from 'node:path';
import { webFileUrl } from '../manifest/repo-url.js';
import { siteLocation } from '../manifest/translations.js';
import { repoRelativePath, type LinkContext, type LinkRequest, type LinkSource } from './link-types.js';
import type { IndexedFile } from './types.js';

/** Query and fragment carried over from the original link (fragment decoded, without `#`). */
export interface UrlExtras {
  query?: string;
  fragment?: string;
}

/**
 * The URL under which a doc links to an imported file.
 * Markdown links and reference definitions: within a section a relative file path (Docusaurus resolves and checks
 * it), across sections the target's route (Docusaurus resolves `.md` paths only within one docs plugin). Markdown
 * images/asset links: always a relative file path (Docusaurus bundles the file, whichever section it is in). Raw html
 * and definitions are not bundled: docs get their route, assets the site path they are served at when the content
 * folder is a static directory (`pathname://` for links, so the broken-link checker does not take them for pages).
 * Undefined when the target doc has no route.
 */
export function siteUrl(context: LinkContext, request: LinkRequest, target: IndexedFile, extras: UrlExtras): string | undefined {
  const sameSection = siteLocation(target.to).section === siteLocation(context.doc.to).section;
  let base: string | undefined;
  const bundled = request.syntax === 'markdown' && target.kind === 'asset';
  const resolvedByDocusaurus = request.syntax !== 'html' && target.kind === 'doc' && sameSection;
  if (bundled || resolvedByDocusaurus) base = relativeFileUrl(context.doc.to, target.to);
  else if (target.kind === 'doc') base = target.route === undefined ? undefined : encodeURI(englishRoute(target.route, target));
  else base = `${request.kind === 'link' ? 'pathname://' : ''}/${encodePath(target.to)}`;
  return base === undefined ? undefined : base + formatExtras(extras);
}

/** A route as links write it: Docusaurus puts the reader's language prefix in front of it (a translation's is left off). */
function englishRoute(route: string, target: IndexedFile): string {
  return target.translation ? route.slice(target.translation.locale.length + 1) : route;
}

/** The upstream web URL of a path at the synced commit (branch for working trees); raw file for images. */
export function upstreamUrl(source: LinkSource, kind: 'blob' | 'tree', request: LinkRequest, path: string, extras: UrlExtras): string | undefined {
  if (!source.repo) return undefined;
  const ref = source.commit ?? source.branch ?? 'HEAD';
  const url = webFileUrl(source.repo, kind, ref, repoRelativePath(source, path));
  if (url === undefined) return undefined;
  const rawUrl = kind === 'blob' && request.kind === 'image' ? toRawUrl(url, source) : url;
  return rawUrl + formatExtras(extras);
}

/** `blob` → `raw`: images must load the file itself, not GitHub's/GitLab's page about it. */
function toRawUrl(blobUrl: string, source: LinkSource): string {
  const marker = source.repo?.host === 'gitlab' ? '/-/blob/' : '/blob/';
  const at = blobUrl.indexOf(marker, source.repo?.web?.length ?? 0);
  return at === -1 ? blobUrl : `${blobUrl.slice(0, at)}${marker.replace('blob', 'raw')}${blobUrl.slice(at + marker.length)}`;
}

function relativeFileUrl(fromSitePath: string, toSitePath: string): string {
  const relative = posix.relative(posix.dirname(fromSitePath), toSitePath);
  return encodePath(relative.startsWith('../') ? relative : `./${relative}`);
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)))
    .join('/');
}

function formatExtras(extras: UrlExtras): string {
  const query = extras.query !== undefined ? `?${extras.query}` : '';
  const fragment = extras.fragment !== undefined && extras.fragment !== '' ? `#${encodeFragment(extras.fragment)}` : '';
  return query + fragment;
}

/** Keeps ids readable (unicode stays) but escapes what cannot stand in a URL or markdown destination. */
function encodeFragment(fragment: string): string {
  return fragment.replace(/[\s<>()"`%]/g, (char) => encodeURIComponent(char));
}
