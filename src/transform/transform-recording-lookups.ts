import type { CollectedFile } from '../collect/types.js';
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
  return transformDoc({ doc, text, source: { ...source, paths: recorded.paths }, index: recorded.index, resolve: recorded.resolve });
}
