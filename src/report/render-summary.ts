import { upstreamFileUrl } from './compare-url.js';
import { bulletList, details, escapeMarkdown, inlineCode, link, plural, shortCommit } from './markdown-text.js';
import { describeChangeCounts, renderFileChanges } from './file-changes-markdown.js';
import { describeCommits, describeSourceChange, type SourceChange } from './source-state.js';
import type { ReportProblem, SourceReport, SyncReport } from './types.js';

const MAX_PROBLEMS = 200;
const CHANGE_ORDER: SourceChange[] = ['updated', 'new', 'unchanged', 'local', 'stale', 'failed'];

/** The job summary of a sync: counts, stale and failed sources, a table of sources, changed files, problems. */
export function renderSummary(report: SyncReport): string {
  const lines = [
    '## Docs sync',
    '',
    describeTotals(report),
    '',
    ...renderDegraded(report.sources),
    ...renderSourceTable(report.sources),
    ...renderChangedFiles(report.sources),
    ...renderProblems(report),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function describeTotals(report: SyncReport): string {
  const counts = new Map<SourceChange, number>();
  for (const source of report.sources) counts.set(describeSourceChange(source), (counts.get(describeSourceChange(source)) ?? 0) + 1);
  const states = CHANGE_ORDER.filter((c) => counts.has(c)).map((c) => `${counts.get(c)} ${c}`);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.filter((p) => p.severity === 'warning').length;
  const { changed, removed } = report.written;
  return [
    `${plural(report.sources.length, 'source')}${states.length > 0 ? ` (${states.join(', ')})` : ''}`,
    `${changed} files written, ${removed} removed`,
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    `${(report.durationMs / 1000).toFixed(1)} s`,
  ].join(' · ');
}

function renderDegraded(sources: readonly SourceReport[]): string[] {
  const degraded = sources.filter((s) => s.status === 'stale' || s.status === 'failed');
  if (degraded.length === 0) return [];
  const items = degraded.map((s) => {
    const what = s.status === 'stale' ? `stale, last good commit ${s.commit ? shortCommit(s.commit) : 'kept'}` : 'failed, not on the site';
    return `**${escapeMarkdown(s.id)}** (${what}): ${escapeMarkdown(s.error ?? 'no reason recorded')}`;
  });
  return ['### ⚠️ Stale and failed sources', '', ...bulletList(items, items.length), ''];
}

function renderSourceTable(sources: readonly SourceReport[]): string[] {
  if (sources.length === 0) return [];
  const rows = sources.map(
    (s) => `| ${escapeMarkdown(s.id)} | ${describeSourceChange(s)} | ${describeCommits(s)} | ${describeChangeCounts(s.changes)} |`,
  );
  return ['| Source | Status | Commit | Files |', '| --- | --- | --- | --- |', ...rows, ''];
}

function renderChangedFiles(sources: readonly SourceReport[]): string[] {
  const blocks = sources.flatMap((s) => renderFileChanges(s.id, s.changes));
  return blocks.length > 0 ? ['### Changed files', '', ...blocks] : [];
}

function renderProblems(report: SyncReport): string[] {
  const sections: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const problems = report.problems.filter((p) => p.severity === severity);
    if (problems.length === 0) continue;
    const items = problems.map((p) => describeProblemLine(p, report.sources));
    const title = severity === 'error' ? `Errors (${problems.length})` : `Warnings (${problems.length})`;
    sections.push(`### ${title}`, '', ...(problems.length > 10 ? details(plural(problems.length, severity), bulletList(items, MAX_PROBLEMS)) : [...bulletList(items, MAX_PROBLEMS), '']));
  }
  return sections;
}

/** `**source** [path:line](upstream link): message` — the link only for files the source imports. */
export function describeProblemLine(problem: ReportProblem, sources: readonly SourceReport[]): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : '';
  const url = upstreamUrlOf(problem, sources);
  const location = where ? ` ${link(inlineCode(where), url)}` : '';
  const who = problem.source ? `**${escapeMarkdown(problem.source)}**` : '**site**';
  return `${who}${location}: ${escapeMarkdown(problem.message)}`;
}

/** Link to the upstream line of a problem in a file the source imported at its built commit. */
export function upstreamUrlOf(problem: ReportProblem, sources: readonly SourceReport[]): string | undefined {
  const source = sources.find((s) => s.id === problem.source);
  if (!source?.commit || !problem.file || !source.files.some((f) => f.from === problem.file)) return undefined;
  return upstreamFileUrl(source.repo, source.commit, problem.file, problem.line);
}
