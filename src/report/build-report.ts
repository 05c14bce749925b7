import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatLocation } from '../diagnostics/format.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { CollectedSource } from '../collect/types.js';
import type { FetchedSource } from '../fetch/types.js';
import { ACCESSIBILITY_CODE_PREFIX } from '../diagnostics/accessibility-codes.js';
import type { FileChange, WritePlan } from '../write/types.js';
import type { FileChanges, ReportProblem, SourceFormat, SourceReport, SyncReport } from './types.js';

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
  /** Ids of the sources that are the site's own pages. */
  own?: ReadonlySet<string>;
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
      ...(input.own?.has(spec.id) ? { own: true as const } : {}),
      ...(collected ? { format: sourceFormat(collected, input.diagnostics) } : {}),
      ...accessibilityOf(spec.id, input.diagnostics),
    };
  });
  return {
    version: 1,
    ...reportTiming(input.startedAt, input.finishedAt),
    sources,
    problems: input.diagnostics.map(toProblem),
    written: {
      changed: input.plan?.writes.length ?? 0,
      unchanged: input.plan?.unchanged.length ?? 0,
      removed: input.plan?.deletes.length ?? 0,
    },
  };
}

/** When the sync finished and how long it took. */
export function reportTiming(startedAt: Date, finishedAt: Date): Pick<SyncReport, 'syncedAt' | 'durationMs'> {
  return { syncedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - startedAt.getTime() };
}

/** What a run that found its tree as the last run left it repeats of that run's report. */
export interface UnchangedRunInput {
  fetched: readonly FetchedSource[];
  /** Per source id: its files as the last run's report listed them. */
  files: Readonly<Record<string, SourceReport['files']>>;
  diagnostics: readonly Diagnostic[];
  /** Files in the tree, every one of them unchanged. */
  unchanged: number;
  startedAt: Date;
  finishedAt: Date;
  /** Ids of the sources that are the site's own pages. */
  own?: ReadonlySet<string>;
  /** Per source id: its toolchain as the last run's report gave it. */
  formats: Readonly<Record<string, SourceFormat>>;
}

/**
 * The report of a run whose inputs are all as in the last completed run: what `buildReport` says after a sync
 * that rebuilt the same tree (every source as fetched now, no file written, changed or removed).
 */
export function buildUnchangedReport(input: UnchangedRunInput): SyncReport {
  const sources = input.fetched.map(
    (fetched): SourceReport => ({
      id: fetched.spec.id,
      repo: stripCredentials(fetched.spec.repo ?? fetched.spec.path ?? ''),
      ref: fetched.spec.ref ?? fetched.branch ?? null,
      commit: fetched.commit ?? null,
      status: fetched.status,
      files: input.files[fetched.spec.id] ?? [],
      error: fetched.error ? describeSourceError(fetched.error, false) : null,
      previousCommit: fetched.previousCommit ?? null,
      changes: { added: [], changed: [], removed: [] },
      ...(input.own?.has(fetched.spec.id) ? { own: true as const } : {}),
      ...(input.formats[fetched.spec.id] ? { format: input.formats[fetched.spec.id] } : {}),
      ...accessibilityOf(fetched.spec.id, input.diagnostics),
    }),
  );
  return {
    version: 1,
    ...reportTiming(input.startedAt, input.finishedAt),
    sources,
    problems: input.diagnostics.map(toProblem),
    written: { changed: 0, unchanged: input.unchanged, removed: 0 },
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

/** The source's toolchain and how many of its constructs stayed as written. */
function sourceFormat(collected: CollectedSource, diagnostics: readonly Diagnostic[]): SourceFormat {
  const id = collected.fetched.spec.id;
  const unconverted = diagnostics.filter((d) => d.source === id && d.code === 'toolchain/unconverted' && d.severity === 'warning').length;
  const { name, detected, config } = collected.toolchain;
  return { name, detected, ...(config ? { config } : {}), unconverted };
}

/** How many accessibility warnings the source's pages got, by kind (absent when none). */
function accessibilityOf(id: string, diagnostics: readonly Diagnostic[]): Pick<SourceReport, 'accessibility'> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) {
    if (d.source !== id || !d.code.startsWith(ACCESSIBILITY_CODE_PREFIX)) continue;
    const kind = d.code.slice(ACCESSIBILITY_CODE_PREFIX.length);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return Object.keys(counts).length > 0 ? { accessibility: counts } : {};
}

export function toProblem(d: Diagnostic): ReportProblem {
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
