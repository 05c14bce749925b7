import type { DiagnosticLocation } from '../../diagnostics/diagnostic.js';
import type { FrontMatterData } from '../../markdown/read-front-matter.js';
import type { OutputFile } from '../../write/types.js';
import type { Provenance } from './types.js';

/** Origin of a synced file: the `source` front matter the transform writes, else the owning source id and site path. */
export function readProvenance(file: OutputFile, data: FrontMatterData = {}): Provenance {
  const source = typeof data.source === 'object' && data.source !== null ? (data.source as Record<string, unknown>) : {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const repo = text(source.repo);
  const commit = text(source.commit);
  return {
    source: text(source.id) ?? file.source,
    ...(repo !== undefined ? { repo } : {}),
    ...(commit !== undefined ? { commit } : {}),
    file: text(source.path) ?? file.to,
  };
}

/** The diagnostic location of a provenance. */
export function locate(provenance: Provenance): DiagnosticLocation {
  return { ...provenance };
}
