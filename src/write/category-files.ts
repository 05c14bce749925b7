import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceSpec } from '../manifest/types.js';
import type { OutputFile } from './types.js';

export const CATEGORY_OWNER = 'site-metadata';

/** Docusaurus sidebar metadata (`_category_.json`) for every target folder with a label or position. */
export function buildCategoryFiles(specs: readonly SourceSpec[]): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const byFolder = new Map<string, { spec: SourceSpec; label?: string; position?: number }>();
  const diagnostics: Diagnostic[] = [];
  for (const spec of specs) {
    if (spec.label === undefined && spec.position === undefined) continue;
    const existing = byFolder.get(spec.target);
    if (existing && (existing.label !== spec.label || existing.position !== spec.position)) {
      diagnostics.push({
        severity: 'warning',
        code: 'manifest/conflicting-category',
        message: `entries "${existing.spec.id}" and "${spec.id}" give folder ${spec.target} different labels or positions; "${existing.spec.id}" wins`,
        source: spec.id,
        file: 'repos.yaml',
        line: spec.location.line,
        hint: 'set label and position on one of the entries only',
      });
      continue;
    }
    byFolder.set(spec.target, { spec, label: spec.label, position: spec.position });
  }
  const files = [...byFolder.entries()].map(([folder, { label, position }]) => ({
    to: posix.join(folder, '_category_.json'),
    content: Buffer.from(`${JSON.stringify({ ...(label !== undefined && { label }), ...(position !== undefined && { position }) }, null, 2)}\n`),
    source: CATEGORY_OWNER,
  }));
  return { files, diagnostics };
}
