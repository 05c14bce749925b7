import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { SourceSpec } from '../manifest/types.js';
import { GitCommandError } from './git-client.js';
import type { UnresolvedRef } from './resolve-ref.js';
import type { LockEntry } from './types.js';

const MIRROR_HINT = 'or point the sync at a reachable mirror with git config url.<mirror>.insteadOf <url>';

/** Builds a fetch diagnostic located at the source's manifest entry. */
export function sourceDiagnostic(
  spec: SourceSpec,
  manifestFile: string | undefined,
  fields: { severity: Severity; code: string; message: string; hint: string; commit?: string },
): Diagnostic {
  return {
    ...fields,
    message: stripCredentials(fields.message),
    source: spec.id,
    ...(spec.repo ? { repo: stripCredentials(spec.repo) } : {}),
    ...(manifestFile ? { file: manifestFile, line: spec.location.line, column: spec.location.column } : {}),
  };
}

export function describeError(error: unknown): string {
  if (error instanceof GitCommandError) return error.summary;
  return stripCredentials(error instanceof Error ? error.message : String(error));
}

/** A problem that may still leave a usable locked commit behind. */
export interface FetchProblem {
  code: string;
  message: string;
  hint: string;
}

export function unreachableRemote(spec: SourceSpec, error: unknown): FetchProblem {
  return {
    code: 'fetch/remote-unreachable',
    message: `cannot list the refs of ${stripCredentials(spec.repo ?? '')}: ${describeError(error)}`,
    hint: `check the repo URL, your network and credentials, ${MIRROR_HINT}`,
  };
}

export function unresolvedRef(spec: SourceSpec, problem: UnresolvedRef): FetchProblem {
  const repo = stripCredentials(spec.repo ?? '');
  if (problem.reason === 'empty-remote') {
    return { code: 'fetch/empty-remote', message: `${repo} has no default branch (is it empty?)`, hint: 'set `ref` to an existing branch or tag in repos.yaml' };
  }
  if (problem.reason === 'short-commit') {
    return {
      code: 'fetch/ref-not-found',
      message: `ref "${spec.ref}" is neither a branch nor a tag of ${repo}, and abbreviated commit ids cannot be fetched`,
      hint: 'write the full 40-character commit id as `ref`',
    };
  }
  const guess = problem.suggestions.length > 0 ? ` (did you mean ${problem.suggestions.map((s) => `"${s}"`).join(', ')}?)` : '';
  return {
    code: 'fetch/ref-not-found',
    message: `ref "${spec.ref}" does not exist in ${repo}${guess}`,
    hint: `check the ref exists upstream (branch, tag or full commit id), ${MIRROR_HINT}`,
  };
}

export function fetchFailed(spec: SourceSpec, what: string, error: unknown): FetchProblem {
  return {
    code: 'fetch/fetch-failed',
    message: `cannot fetch ${what} from ${stripCredentials(spec.repo ?? '')}: ${describeError(error)}`,
    hint: `check the ref or commit still exists upstream and the remote is reachable, ${MIRROR_HINT}`,
  };
}

export function notLocked(spec: SourceSpec, mode: 'frozen' | 'offline', entry: LockEntry | undefined): FetchProblem {
  const flag = `--${mode}`;
  const why = entry ? `its repos.lock entry is for ${describeLockEntry(entry)}, not ${describeSpec(spec)}` : 'it has no repos.lock entry';
  return {
    code: 'fetch/not-locked',
    message: `cannot build source with ${flag}: ${why}`,
    hint: `run the sync without ${flag} to update repos.lock, and commit the lock`,
  };
}

export function notCached(commit: string): FetchProblem {
  return {
    code: 'fetch/not-cached',
    message: `locked commit ${commit.slice(0, 7)} is not in the cache and --offline forbids fetching it`,
    hint: 'run the sync once without --offline to fill the cache',
  };
}

function describeLockEntry(entry: LockEntry): string {
  return `${stripCredentials(entry.repo)}${entry.ref === undefined ? '' : ` @ ${entry.ref}`}`;
}

function describeSpec(spec: SourceSpec): string {
  return `${stripCredentials(spec.repo ?? '')}${spec.ref === undefined ? '' : ` @ ${spec.ref}`}`;
}
