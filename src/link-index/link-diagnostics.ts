import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { LinkContext, LinkRequest } from './link-types.js';

/** Where a link problem sits: source, repo, commit, upstream file, line:column. */
function locate(context: LinkContext, request: LinkRequest): Omit<Diagnostic, 'severity' | 'code' | 'message'> {
  const { source, doc } = context;
  const repo = source.repo ? stripCredentials(source.repo.web ?? source.repo.key) : undefined;
  return {
    source: source.id,
    ...(repo ? { repo } : {}),
    ...(source.commit ? { commit: source.commit } : {}),
    file: doc.from,
    line: request.line,
    column: request.column,
  };
}

function warning(context: LinkContext, request: LinkRequest, code: string, message: string, hint: string): Diagnostic {
  return { severity: 'warning', code, message, ...locate(context, request), hint };
}

export function missingTargetDiagnostic(context: LinkContext, request: LinkRequest, path: string, suggestion?: string): Diagnostic {
  const hint = suggestion
    ? `Did you mean "${suggestion}"? Fix the link in the upstream file.`
    : 'Fix or remove the link in the upstream file; the site links to the missing path upstream for now.';
  return warning(context, request, 'link/missing-target', `broken link "${request.url}": "${path}" does not exist in the repository`, hint);
}

export function missingAnchorDiagnostic(context: LinkContext, request: LinkRequest, targetFile: string, suggestion?: string): Diagnostic {
  const hint = suggestion
    ? `Did you mean "#${suggestion}"? Fix the anchor in the upstream file.`
    : `Link to a heading that exists in "${targetFile}" (ids are made from the heading text like on GitHub), or drop the anchor.`;
  return warning(context, request, 'link/missing-anchor', `broken anchor in "${request.url}": "${targetFile}" has no heading or id with that name`, hint);
}

export function escapingLinkDiagnostic(context: LinkContext, request: LinkRequest): Diagnostic {
  return warning(context, request, 'link/outside-repository', `link "${request.url}" points outside the repository`, 'Link to files of other repositories with their full https:// URL.');
}

export function unlinkableDiagnostic(context: LinkContext, request: LinkRequest, path: string): Diagnostic {
  return warning(
    context,
    request,
    'link/not-imported',
    `link "${request.url}": "${path}" is not part of the site and the source has no web address to link to instead`,
    'Add the file to the source\'s `include` globs in repos.yaml, or give the source a GitHub/GitLab `repo` URL.',
  );
}

export function unsafeUrlDiagnostic(context: LinkContext, request: LinkRequest): Diagnostic {
  const shown = request.url.length > 60 ? `${request.url.slice(0, 57)}...` : request.url;
  return warning(
    context,
    request,
    'link/unsafe-url',
    `unsafe ${request.kind} URL "${shown}" replaced by "#"`,
    'javascript:, vbscript: and data: URLs can run script in readers\' browsers; link to a page or an image file instead.',
  );
}
