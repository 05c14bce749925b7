import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { KNOWN_VALIDITY_CODES } from './compute-scope-validity.js';
import { documentNameOf } from './find-module-document.js';
import type { ScopePage, StandardsModel } from './model-types.js';
import { parseDocumentName } from './parse-document-name.js';
import { locate } from './read-provenance.js';

/**
 * What the scope pages could not show as the data meant it: a module whose URL names a standards document
 * that is not synced (the page links the URL as written), and validity codes scs-0003 does not define.
 */
export function listScopeProblems(model: StandardsModel): Diagnostic[] {
  const scopes = model.tracks.flatMap((track) => track.scopes);
  return scopes.flatMap((page) => [...unresolvedModules(page), ...unknownCodes(page)]);
}

function unresolvedModules(page: ScopePage): Diagnostic[] {
  return page.rows
    .filter((row) => row.document === undefined && isDocumentName(documentNameOf(row.module.url)))
    .map((row) => ({
      severity: 'warning',
      code: 'standards/unknown-module-document',
      message: `module "${row.module.id}" links ${row.module.url}, which names no synced standards document`,
      ...locate(page.scope.provenance),
      hint: 'Point the module url at the page of an existing standard version.',
    }));
}

function unknownCodes(page: ScopePage): Diagnostic[] {
  const codes = new Set(page.scope.timeline.flatMap((entry) => Object.values(entry.versions)));
  return [...codes]
    .filter((code) => !KNOWN_VALIDITY_CODES.includes(code))
    .map((code) => ({
      severity: 'warning',
      code: 'standards/unknown-validity',
      message: `the timeline uses the validity code "${code}", which scs-0003 does not define; the page shows it as written`,
      ...locate(page.scope.provenance),
      hint: `Use one of: ${KNOWN_VALIDITY_CODES.join(', ')}.`,
    }));
}

function isDocumentName(name: string | undefined): boolean {
  return name !== undefined && parseDocumentName(`${name}.md`) !== undefined;
}
