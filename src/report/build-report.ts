import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatLocation } from '../diagnostics/format.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { CollectedSource } from '../collect/types.js';
import type { FetchedSource } from '../fetch/types.js';
import type { WritePlan } from '../write/types.js';
import type { ReportProblem, SourceReport, SyncReport } from './types.js';

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
  const filesBySource = new Map(input.collected.map((c) => [c.fetched.spec.id, c.files]));
  const sources = input.fetched.map((fetched): SourceReport => {
    const spec = fetched.spec;
    return {
      id: spec.id,
      repo: stripCredentials(spec.repo ?? spec.path ?? ''),
      ref: spec.ref ?? fetched.branch ?? null,
      commit: fetched.commit ?? null,
      status: fetched.status,
      files: (filesBySource.get(spec.id) ?? []).map((f) => {
        const route = f.kind === 'doc' ? input.routeOf?.(f.to) : undefined;
        return {
          from: fetched.repoPath ? posix.join(fetched.repoPath, f.from) : f.from,
          to: posix.join(input.contentDir, f.to),
          ...(route !== undefined && { route }),
        };
      }),
      error: fetched.error ? stripCredentials(fetched.error.message) : null,
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
