import type { CollectedFile } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LookupKeys } from '../link-index/record-lookups.js';
import type { EditSpans } from '../markdown/apply-edits.js';
import type { LinkIndex } from '../link-index/types.js';
import { describeCause } from '../pipeline/describe-cause.js';
import { transformRecordingLookups } from '../transform/transform-recording-lookups.js';
import type { TransformSource } from '../transform/types.js';

/** One transformed doc and what its output depends on. */
export interface DocResult {
  to: string;
  source: string;
  /** Undefined when the transform failed: the page last written stays. */
  content?: Buffer;
  /** How the upstream text was rewritten (empty when the transform failed). */
  edits: EditSpans;
  keys: LookupKeys;
  diagnostics: Diagnostic[];
}

/** Transforms one doc as the transform stage does, noting every index entry and path its links look up. */
export function transformWithLookups(file: CollectedFile, source: TransformSource, index: LinkIndex): DocResult {
  const keys: LookupKeys = new Set();
  try {
    const result = transformRecordingLookups(file, file.content.toString('utf8'), source, index, keys);
    return { to: file.to, source: file.source, content: Buffer.from(result.content), edits: result.edits, keys, diagnostics: result.diagnostics };
  } catch (error) {
    const diagnostic: Diagnostic = {
      severity: 'error',
      code: 'transform/failed',
      message: `could not transform the page: ${describeCause(error)}`,
      source: source.id,
      repo: source.repoUrl,
      commit: source.commit,
      file: file.from,
      hint: 'the page last written stays; this is likely a bug in the sync: please report it with the upstream file',
    };
    return { to: file.to, source: file.source, edits: [], keys, diagnostics: [diagnostic] };
  }
}
