import { closest } from 'fastest-levenshtein';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';
import { describeRefProblem } from '../manifest/check-ref-name.js';
import type { Manifest, SourceSpec } from '../manifest/types.js';
import type { SyncOptions } from './types.js';

/** The options that change the manifest's sources. */
export type OverrideOptions = Pick<SyncOptions, 'projectDir' | 'only' | 'locals' | 'refs'>;

/** Checks `--only`, `--local` and `--ref` against the manifest and applies local working trees and refs. */
export function applyOverrides(manifest: Manifest, options: OverrideOptions): Manifest {
  const problems = checkOverrides(manifest, options);
  if (problems.length > 0) throw new UserError(problems);
  return { ...manifest, sources: manifest.sources.map((spec) => overrideSource(spec, options)) };
}

function overrideSource(spec: SourceSpec, options: OverrideOptions): SourceSpec {
  const local = options.locals?.[spec.id];
  if (local) return { ...spec, path: resolve(options.projectDir, local) };
  const ref = options.refs?.[spec.id];
  if (!ref) return spec;
  const { path: _path, ...remote } = spec; // a ref is fetched from `repo`, even for an entry read from a folder
  return { ...remote, ref };
}

function checkOverrides(manifest: Manifest, options: OverrideOptions): Diagnostic[] {
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
  for (const [id, ref] of Object.entries(options.refs ?? {})) {
    check('--ref', id);
    problems.push(...checkRefOverride(id, ref, manifest, options));
  }
  return problems;
}

function checkRefOverride(id: string, ref: string, manifest: Manifest, options: OverrideOptions): Diagnostic[] {
  const usage = (message: string, hint: string): Diagnostic => ({ severity: 'error', code: 'usage/invalid-ref', message, hint });
  const reason = describeRefProblem(ref);
  if (reason !== undefined) {
    return [usage(`--ref ${id}=${ref}: "${ref}" is not a valid git ref: it ${reason}`, 'give a branch, a tag, a full ref such as refs/pull/123/head, or a full commit id')];
  }
  if (options.locals?.[id] !== undefined) {
    return [usage(`--ref and --local both name "${id}"`, 'a working tree has no ref to pick: drop one of the two')];
  }
  const spec = manifest.sources.find((s) => s.id === id);
  if (spec && !spec.repo) {
    return [usage(`--ref names "${id}", which has no \`repo\` in ${manifest.file} to fetch the ref from`, 'use --local for sources read from a folder')];
  }
  return [];
}
