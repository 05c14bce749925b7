import type { CollectedFile } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { originalOffset } from '../markdown/apply-edits.js';
import { lineAndColumn, offsetOf } from '../markdown/list-local-references.js';
import { recordLookups, type LookupKeys } from '../link-index/record-lookups.js';
import { resolveLink } from '../link-index/resolve-link.js';
import type { LinkIndex } from '../link-index/types.js';
import { transformDoc } from './transform-doc.js';
import type { TransformResult, TransformSource } from './types.js';

/**
 * Transforms a doc for the site, noting in `lookups` every index entry and snapshot path its links ask for
 * (also when it throws). Beside the doc's text, place, history and source, their answers are all its output
 * depends on, so a doc whose lookups still answer the same need not be transformed again.
 */
export function transformRecordingLookups(doc: CollectedFile, text: string, source: TransformSource, index: LinkIndex, lookups: LookupKeys): TransformResult {
  const recorded = recordLookups(lookups, index, source, resolveLink);
  const result = transformDoc({ doc, text, source: { ...source, paths: recorded.paths }, index: recorded.index, resolve: recorded.resolve });
  return doc.original ? { ...result, diagnostics: result.diagnostics.map((d) => atUpstreamLine(d, doc, text)) } : result;
}

/** A problem found in a converted doc, at its line in the upstream file (the transform saw the converted text). */
function atUpstreamLine(diagnostic: Diagnostic, doc: CollectedFile, text: string): Diagnostic {
  if (diagnostic.line === undefined || diagnostic.file !== doc.from || !doc.original) return diagnostic;
  const offset = offsetOf(text, diagnostic.line, diagnostic.column ?? 1);
  const { line, column } = lineAndColumn(doc.original.text, originalOffset(doc.original.edits, offset));
  return { ...diagnostic, line, column };
}
