import picomatch from 'picomatch';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceSpec } from '../manifest/types.js';
import type { TreeEntry } from '../fetch/types.js';

export interface Selection {
  selected: TreeEntry[];
  diagnostics: Diagnostic[];
}

const GLOB_OPTIONS = { dot: true } as const;

/** Applies the entry's include and exclude globs; an include glob that matches nothing is a warning. */
export function selectFiles(spec: SourceSpec, entries: readonly TreeEntry[]): Selection {
  const includes = spec.include.map((glob) => ({ glob, test: picomatch(glob, GLOB_OPTIONS), hits: 0 }));
  const isExcluded = spec.exclude.length > 0 ? picomatch(spec.exclude, GLOB_OPTIONS) : () => false;
  const selected: TreeEntry[] = [];
  for (const entry of entries) {
    const matching = includes.filter((include) => include.test(entry.path));
    for (const include of matching) include.hits++;
    if (matching.length > 0 && !isExcluded(entry.path)) selected.push(entry);
  }
  const diagnostics = includes
    .filter((include) => include.hits === 0)
    .map(
      (include): Diagnostic => ({
        severity: 'warning',
        code: 'collect/glob-matches-nothing',
        message: `include glob "${include.glob}" matches no file`,
        source: spec.id,
        repo: spec.repo,
        hint: 'check the glob against the upstream tree (paths are relative to the repo root), or remove it',
      }),
    );
  return { selected, diagnostics };
}
