import { closest } from 'fastest-levenshtein';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';
import type { Manifest } from '../manifest/types.js';
import type { SyncOptions } from './types.js';

/** Checks `--only` and `--local` ids against the manifest and applies local working trees. */
export function applyOverrides(manifest: Manifest, options: SyncOptions): Manifest {
  const ids = manifest.sources.map((s) => s.id);
  const problems: Diagnostic[] = [];
  const check = (flag: string, id: string) => {
    if (ids.includes(id)) return;
    problems.push({
      severity: 'error',
      code: 'usage/unknown-source',
      message: `${flag} names "${id}", which is not an id in ${manifest.file}`,
      hint: ids.length > 0 ? `did you mean "${closest(id, ids)}"? Known ids: ${ids.join(', ')}` : 'the manifest has no sources',
    });
  };
  for (const id of options.only ?? []) check('--only', id);
  for (const id of Object.keys(options.locals ?? {})) check('--local', id);
  if (problems.length > 0) throw new UserError(problems);
  const locals = options.locals ?? {};
  return {
    ...manifest,
    sources: manifest.sources.map((spec) =>
      locals[spec.id] ? { ...spec, path: resolve(options.projectDir, locals[spec.id]!) } : spec,
    ),
  };
}
