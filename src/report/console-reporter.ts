import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { SyncReport } from './types.js';

export interface FetchProgress {
  source: string;
  phase: 'resolve' | 'fetch' | 'retry' | 'done' | 'failed';
  detail?: string;
}

export interface ConsoleReporter {
  stage(name: string): void;
  progress(event: FetchProgress): void;
  diagnostics(list: readonly Diagnostic[]): void;
  summary(report: SyncReport): void;
}

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Live single-line progress on a terminal, plain lines in CI (or when `live` is false). */
export function createConsoleReporter(out: Output, options: { live: boolean }): ConsoleReporter {
  const seen = new Set<string>();
  const finished = new Set<string>();
  const active = new Map<string, string>();
  let liveLine = false;
  const clearLive = () => {
    if (liveLine) out.write('\r\x1b[2K');
    liveLine = false;
  };
  const line = (text: string) => {
    clearLive();
    out.write(`${text}\n`);
  };
  return {
    stage(name) {
      line(`sync: ${name}`);
    },
    progress(event) {
      seen.add(event.source);
      if (event.phase === 'done' || event.phase === 'failed') {
        finished.add(event.source);
        active.delete(event.source);
      } else {
        active.set(event.source, event.phase);
      }
      if (!options.live) {
        if (event.phase !== 'resolve') line(`  ${event.source}: ${event.phase}${event.detail ? ` ${event.detail}` : ''}`);
        return;
      }
      if (event.phase === 'failed' || event.phase === 'retry') line(`  ${event.source}: ${event.phase} ${event.detail ?? ''}`);
      const running = [...active.entries()].map(([id, phase]) => `${id} (${phase})`).join(', ');
      clearLive();
      out.write(`  [${finished.size}/${seen.size}] ${running}`.slice(0, 200));
      liveLine = true;
    },
    diagnostics(list) {
      for (const d of list) line(formatDiagnostic(d));
    },
    summary(report) {
      line(formatSummary(report));
    },
  };
}

export function formatSummary(report: SyncReport): string {
  const byStatus = new Map<string, number>();
  for (const s of report.sources) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
  const statuses = [...byStatus.entries()].map(([status, n]) => `${n} ${status}`).join(', ');
  const files = report.sources.reduce((n, s) => n + s.files.length, 0);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.filter((p) => p.severity === 'warning').length;
  const { changed, unchanged, removed } = report.written;
  const translated = report.sources.flatMap((s) => Object.entries(s.translated ?? {}).map(([locale, n]) => `${s.id} ${n} ${locale}`));
  return [
    `sync: ${report.sources.length} sources (${statuses})`,
    `${files} files (${changed} written, ${unchanged} unchanged, ${removed} removed)`,
    ...(translated.length > 0 ? [`translated pages: ${translated.join(', ')}`] : []),
    `${errors} errors, ${warnings} warnings`,
    `${(report.durationMs / 1000).toFixed(1)} s`,
  ].join(' · ');
}
