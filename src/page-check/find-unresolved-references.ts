import { posix } from 'node:path';
import { safeDecode } from '../markdown/resolve-upstream-path.js';
import type { PageProblem, PageReference } from './types.js';

/**
 * The first file link or image of a page that the site build would fail on, as a problem: Docusaurus resolves
 * `.md` links within the page's section (from the page's folder, or from the section root) and bundles images
 * relative to the page (absolute ones from a static folder). `exists` answers for paths relative to the
 * content root; `staticFile` for absolute image paths.
 */
export function findUnresolvedReference(
  to: string,
  references: readonly PageReference[],
  exists: (contentPath: string) => boolean,
  staticFile: (absolutePath: string) => boolean,
): PageProblem | undefined {
  for (const reference of references) {
    if (resolves(to, reference, exists, staticFile)) continue;
    const what = reference.url === '' ? `a markdown ${reference.kind} with an empty destination` : `the markdown ${reference.kind} "${reference.url}" does not resolve to a file of the site`;
    return { phase: 'compile', message: what, ...(reference.line !== undefined ? { line: reference.line, column: reference.column } : {}) };
  }
  return undefined;
}

function resolves(to: string, reference: PageReference, exists: (path: string) => boolean, staticFile: (path: string) => boolean): boolean {
  if (reference.url === '') return false;
  const path = safeDecode(reference.url.split(/[?#]/)[0]!);
  if (reference.kind === 'image') {
    if (path.startsWith('/')) return staticFile(path) || exists(path.slice(1));
    return exists(posix.join(posix.dirname(to), path));
  }
  const roots = sectionRoots(to);
  const candidates = [posix.join(posix.dirname(to), path), ...roots.map((root) => posix.join(root, path))];
  return candidates.some((candidate) => roots.some((root) => candidate.startsWith(`${root}/`)) && exists(candidate));
}

/**
 * The folders whose pages a page's `.md` links reach: its section; for a page of a locale's tree
 * (`i18n/<locale>/docusaurus-plugin-content-docs[-<id>]/current/…`, see localizedSectionDir) that tree and
 * the section it translates, whose untranslated pages Docusaurus builds in that locale too.
 */
function sectionRoots(to: string): string[] {
  const parts = to.split('/');
  const localized = /^docusaurus-plugin-content-docs(?:-(.+))?$/.exec(parts[2] ?? '');
  if (parts[0] === 'i18n' && localized && parts[3] === 'current') return [parts.slice(0, 4).join('/'), localized[1] ?? 'docs'];
  return [parts[0]!];
}
