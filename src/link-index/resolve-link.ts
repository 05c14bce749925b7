import { posix } from 'node:path';
import { classifyUrl, isInlineImageData } from '../markdown/classify-url.js';
import { resolveUpstreamPath, safeDecode, splitUrl } from '../markdown/resolve-upstream-path.js';
import { escapingLinkDiagnostic, missingAnchorDiagnostic, missingTargetDiagnostic, unlinkableDiagnostic, unsafeUrlDiagnostic } from './link-diagnostics.js';
import { findImported, linkToImported, pageInLanguage } from './link-to-imported.js';
import { sourceRepoKey, type LinkContext, type LinkRequest, type LinkResolution } from './link-types.js';
import { matchAnchor } from './match-anchor.js';
import { resolveGithubLink } from './resolve-github-link.js';
import { upstreamUrl, type UrlExtras } from './target-url.js';

/**
 * The rewrite rule for one URL of a doc (see LinkResolution): keep it, make it internal, point it at the
 * upstream file at the synced commit, or report it as broken/unsafe with a build-safe replacement.
 */
export function resolveLink(context: LinkContext, request: LinkRequest): LinkResolution {
  switch (classifyUrl(request.url)) {
    case 'unsafe':
      if (request.kind === 'image' && isInlineImageData(request.url)) return { kind: 'keep' };
      return { kind: 'unsafe', url: '#', diagnostic: unsafeUrlDiagnostic(context, request) };
    case 'anchor':
      return resolveSamePageAnchor(context, request);
    case 'external':
      return resolveGithubLink(context, request) ?? { kind: 'keep' };
    case 'root':
      return resolveSiteRoute(context, request) ?? resolveRelativeLink(context, request);
    case 'relative':
      return resolveRelativeLink(context, request);
    default:
      return { kind: 'keep' };
  }
}

function resolveSamePageAnchor(context: LinkContext, request: LinkRequest): LinkResolution {
  const fragment = request.url.trim().slice(1);
  const self = context.index.findBySitePath(context.doc.to);
  if (fragment === '' || !self) return { kind: 'keep' };
  const match = matchAnchor(self.anchors, safeDecode(fragment), self.titleAnchors);
  if (match.kind === 'page-top') return { kind: 'internal', url: '#' };
  if (match.kind === 'found') return match.anchor === safeDecode(fragment) ? { kind: 'keep' } : { kind: 'internal', url: `#${match.anchor}` };
  return { kind: 'broken', url: '#', diagnostic: missingAnchorDiagnostic(context, request, context.doc.from, match.suggestion) };
}

/**
 * `/docs/x` is a repo-root path on GitHub, but pages written for this site use site routes. When the repo has
 * no such path and a page of the site serves it, the link stays a route, its anchor checked like any other.
 */
function resolveSiteRoute(context: LinkContext, request: LinkRequest): LinkResolution | undefined {
  const target = resolveUpstreamPath(context.doc.from, request.url);
  if (target && context.source.paths?.kindOf(target.path) !== undefined) return undefined;
  const { pathPart } = splitUrl(request.url.trim());
  const routed = context.index.findByRoute(safeDecode(pathPart));
  if (!routed) return undefined;
  // the route stays: Docusaurus serves it under the page's language prefix, where the anchors are the translation's
  const page = pageInLanguage(context.index, routed, context.doc.translation?.locale);
  if (target?.fragment === undefined || target.fragment === '') return { kind: 'keep' };
  const match = matchAnchor(page.anchors, target.fragment, page.titleAnchors);
  if (match.kind === 'found') return match.anchor === target.fragment ? { kind: 'keep' } : { kind: 'internal', url: `${pathPart}#${match.anchor}` };
  if (match.kind === 'page-top') return { kind: 'internal', url: pathPart };
  return { kind: 'broken', url: pathPart, diagnostic: missingAnchorDiagnostic(context, request, page.from, match.suggestion) };
}

/**
 * A translated file's links are read from its own folder, and where that names nothing, from its English page's
 * folder (a `de/` or i18n tree mirrors the English one, often without the images and pages not translated).
 */
function resolveRelativeLink(context: LinkContext, request: LinkRequest): LinkResolution {
  const resolved = resolveRelativeLinkFrom(context, request, context.doc.from);
  const englishFrom = context.doc.translation?.englishFrom;
  if (resolved.kind === 'internal' || englishFrom === undefined || posix.dirname(englishFrom) === posix.dirname(context.doc.from)) return resolved;
  const fromEnglish = resolveRelativeLinkFrom(context, request, englishFrom);
  return fromEnglish.kind === 'internal' ? fromEnglish : resolved;
}

function resolveRelativeLinkFrom(context: LinkContext, request: LinkRequest, from: string): LinkResolution {
  if (request.url.trim() === '') return { kind: 'keep' };
  const target = resolveUpstreamPath(from, request.url);
  if (!target) return { kind: 'broken', url: '#', diagnostic: escapingLinkDiagnostic(context, request) };
  const extras: UrlExtras = { ...(target.query !== undefined ? { query: target.query } : {}), ...(target.fragment !== undefined ? { fragment: target.fragment } : {}) };
  if (target.path === context.doc.from && target.query === undefined) return resolveSamePageAnchor(context, { ...request, url: `#${target.fragment ?? ''}` });
  if (target.path === context.doc.translation?.englishFrom && target.query === undefined) {
    // the translated page itself, named by its English page's path (which is not where the translation lands)
    const own = resolveSamePageAnchor(context, { ...request, url: `#${target.fragment ?? ''}` });
    return own.kind === 'keep' ? { kind: 'internal', url: `#${target.fragment ?? ''}` } : own;
  }
  const imported = findImported(context.index, sourceRepoKey(context.source), target.path, context);
  const internal = imported && linkToImported(context, request, imported, extras);
  if (internal) return internal;
  return linkUpstream(context, request, target.path, target.folder === true, extras);
}

/** A path of the same repository that the site does not contain: its page upstream, or broken when it does not exist. */
function linkUpstream(context: LinkContext, request: LinkRequest, path: string, endsWithSlash: boolean, extras: UrlExtras): LinkResolution {
  const { paths } = context.source;
  const existing = paths ? paths.kindOf(path) : endsWithSlash || path === '' ? 'folder' : 'file';
  const url = upstreamUrl(context.source, existing === 'folder' ? 'tree' : 'blob', request, path, extras);
  if (existing === undefined) {
    const diagnostic = missingTargetDiagnostic(context, request, path, paths?.suggestFile(path));
    return { kind: 'broken', url: url ?? '#', diagnostic };
  }
  if (url === undefined) return { kind: 'broken', url: '#', diagnostic: unlinkableDiagnostic(context, request, path) };
  return { kind: 'upstream', url };
}
