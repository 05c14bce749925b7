import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatLocation } from '../diagnostics/format.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { CollectedSource } from '../collect/types.js';
import type { FetchedSource } from '../fetch/types.js';
import type { FileChange, WritePlan } from '../write/types.js';
import type { FileChanges, ReportProblem, SourceReport, SyncReport } from './types.js';

export interface ReportInput {
  fetched: readonly FetchedSource[];
  collected: readonly CollectedSource[];
  diagnostics: readonly Diagnostic[];
  plan?: WritePlan;
  /** Content folder relative to the project root, to make `to` project-relative. */
  contentDir: string;
  startedAt: Date;
  finishedAt: Date;
  /** URL path of a doc on the site, by its path in the content tree. */
  routeOf?: (sitePath: string) => string | undefined;
}

export function buildReport(input: ReportInput): SyncReport {
  const collectedById = new Map(input.collected.map((c) => [c.fetched.spec.id, c]));
  const kept = new Set(input.plan?.kept ?? []);
  const sources = input.fetched.map((fetchedEarly): SourceReport => {
    const collected = collectedById.get(fetchedEarly.spec.id);
    // collect may have found the fetched commit unreadable: what it says wins
    const fetched = collected?.fetched ?? fetchedEarly;
    const spec = fetched.spec;
    // its files of the last completed sync were kept: this run's content of it is broken (fetch, read or transform)
    const lastGood = kept.has(spec.id);
    const error = fetched.error ?? (lastGood ? input.diagnostics.find((d) => d.source === spec.id && d.severity === 'error') : undefined);
    return {
      id: spec.id,
      repo: stripCredentials(spec.repo ?? spec.path ?? ''),
      ref: spec.ref ?? fetched.branch ?? null,
      commit: (lastGood ? fetchedEarly.previousCommit : fetched.commit) ?? null,
      status: lastGood ? 'stale' : fetched.status,
      files: (collected?.files ?? []).map((f) => {
        const route = f.kind === 'doc' ? input.routeOf?.(f.to) : undefined;
        const hash = input.plan?.state.files[f.to]?.hash;
        return {
          from: fetched.repoPath ? posix.join(fetched.repoPath, f.from) : f.from,
          to: posix.join(input.contentDir, f.to),
          ...(route !== undefined && { route }),
          ...(hash !== undefined && { hash }),
        };
      }),
      error: error ? describeSourceError(error, lastGood) : null,
      previousCommit: fetchedEarly.previousCommit ?? null,
      changes: groupChanges(input.plan?.changes ?? [], spec.id, input.contentDir),
    };
  });
  return {
    version: 1,
    syncedAt: input.finishedAt.toISOString(),
    durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
    sources,
    problems: input.diagnostics.map(toProblem),
    written: {
      changed: input.plan?.writes.length ?? 0,
      unchanged: input.plan?.unchanged.length ?? 0,
      removed: input.plan?.deletes.length ?? 0,
    },
  };
}

function describeSourceError(error: Diagnostic, lastGood: boolean): string {
  const message = stripCredentials(error.message);
  return lastGood ? `${message}; the pages of the last good sync are kept` : message;
}

function groupChanges(changes: readonly FileChange[], source: string, contentDir: string): FileChanges {
  const grouped: FileChanges = { added: [], changed: [], removed: [] };
  for (const change of changes) if (change.source === source) grouped[change.change].push(posix.join(contentDir, change.to));
  return grouped;
}

function toProblem(d: Diagnostic): ReportProblem {
  return {
    severity: d.severity,
    code: d.code,
    source: d.source ?? null,
    file: d.file ?? null,
    line: d.line ?? null,
    message: stripCredentials(d.message),
    hint: d.hint ? stripCredentials(d.hint) : null,
  };
}

/** One line per problem, for logs that only show text (used in summaries). */
export function describeProblem(d: Diagnostic): string {
  const location = formatLocation(d);
  return `${location ? `${location}: ` : ''}${d.message}`;
}
