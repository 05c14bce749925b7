import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CollectedSource } from './types.js';

/**
 * Two sources writing the same site path is a manifest mistake: one error names both entries.
 * Returns the errors; the caller stops before writing anything.
 */
export function findCollisions(sources: readonly CollectedSource[]): Diagnostic[] {
  const owners = new Map<string, { source: CollectedSource; from: string }>();
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    for (const file of source.files) {
      const key = file.to.toLowerCase();
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { source, from: file.from });
        continue;
      }
      if (owner.source === source) continue; // reported per source by placeFiles
      const first = owner.source.fetched.spec;
      const second = source.fetched.spec;
      diagnostics.push({
        severity: 'error',
        code: 'collect/output-collision',
        message:
          `sources "${first.id}" (${owner.from}, repos.yaml line ${first.location.line}) and "${second.id}" ` +
          `(${file.from}, line ${second.location.line}) both write ${file.to}`,
        source: second.id,
        repo: second.repo,
        file: file.from,
        hint: 'give one of the two entries another `target`, or narrow its `include`/`exclude` globs',
      });
    }
  }
  return diagnostics;
}

/** Within one source, two upstream files placed on one site path (e.g. README.md and index.md): keep the first. */
export function dropSameSourceDuplicates(source: CollectedSource): { kept: CollectedSource; diagnostics: Diagnostic[] } {
  const seen = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const files = source.files.filter((file) => {
    const key = file.to.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, file.from);
      return true;
    }
    diagnostics.push({
      severity: 'warning',
      code: 'collect/duplicate-placement',
      message: `${file.from} and ${first} would both be published as ${file.to}; only ${first} is kept`,
      source: source.fetched.spec.id,
      repo: source.fetched.spec.repo,
      file: file.from,
      hint: 'exclude one of them in repos.yaml (a folder cannot have both a README.md and an index.md page)',
    });
    return false;
  });
  return { kept: { ...source, files }, diagnostics };
}
