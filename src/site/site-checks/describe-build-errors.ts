import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { BuildError } from './parse-build-errors.js';
import { normaliseRoute, type OriginIndex, type PageOrigin } from './index-page-origins.js';

const HINTS = {
  link: 'Fix the link in the upstream file; if the target page moved, add a redirect in src/site/redirects.ts.',
  anchor: 'Fix the anchor in the upstream file: heading anchors are the heading text, lowercased, spaces as hyphens.',
  markdown: 'Fix the file link in the upstream file so it points to a file the site imports.',
  compile: 'The upstream file is not valid MDX here; see the Docusaurus error above for the line.',
  render: 'The page compiled, but React could not render it (see the cause above); fix the construct in the upstream file.',
} as const;

/**
 * One diagnostic per problem Docusaurus found, located at the upstream repo and file the page came from
 * (or at the site path when no synced source made the page, e.g. the site's own React pages).
 */
export function describeBuildErrors(errors: readonly BuildError[], origins: OriginIndex, siteDir: string): Diagnostic[] {
  const resolved = errors.map((error) => ({ error, file: 'file' in error ? resolve(siteDir, error.file) : undefined }));
  const explainedFiles = new Set(resolved.flatMap((r) => (r.error.kind === 'mdx-compile' || !r.file ? [] : [r.file])));
  return resolved
    .filter((r) => r.error.kind !== 'mdx-compile' || !explainedFiles.has(r.file!))
    .map(({ error, file }) => describeBuildError(error, file ? origins.byFile.get(file) : origins.byRoute.get(pageOf(error))));
}

function pageOf(error: BuildError): string {
  return 'page' in error ? normaliseRoute(error.page) : '';
}

function describeBuildError(error: BuildError, origin: PageOrigin | undefined): Diagnostic {
  const at = { ...locate(origin), severity: 'error' as const };
  switch (error.kind) {
    case 'broken-link':
    case 'broken-anchor': {
      const page = origin ? `page ${error.page}` : `page ${error.page} (not made from a synced file)`;
      const missing = error.kind === 'broken-link' ? 'no such page' : 'no such heading anchor';
      const message = `${page} links to ${error.target}: ${missing}`;
      return { ...at, code: `site/${error.kind}`, message, hint: error.kind === 'broken-link' ? HINTS.link : HINTS.anchor };
    }
    case 'markdown-link':
    case 'markdown-image': {
      const where = error.line === undefined ? error.file : `${error.file}:${error.line}:${error.column ?? 1}`;
      const message = `broken markdown ${error.kind.slice('markdown-'.length)} "${error.url}" (synced file ${where})`;
      return { ...at, code: `site/broken-${error.kind}`, message, hint: HINTS.markdown };
    }
    case 'mdx-compile': {
      const cause = error.reason ? `: ${error.reason}` : '';
      return { ...at, code: 'site/mdx-compile', message: `page could not be compiled (synced file ${error.file})${cause}`, hint: HINTS.compile };
    }
    case 'ssg-render': {
      const cause = error.reason ? `: ${error.reason}` : '';
      return { ...at, code: 'site/ssg-render', message: `page ${error.page} could not be rendered${cause}`, hint: HINTS.render };
    }
  }
}

function locate(origin: PageOrigin | undefined): Pick<Diagnostic, 'source' | 'repo' | 'commit' | 'file'> {
  if (!origin) return {};
  return { source: origin.source, repo: origin.repo, ...(origin.commit && { commit: origin.commit }), file: origin.from };
}
