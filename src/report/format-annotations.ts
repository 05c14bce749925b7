import { upstreamUrlOf } from './render-summary.js';
import type { ReportProblem, SyncReport } from './types.js';

/**
 * GitHub Actions workflow commands (`::warning file=…,line=…,title=…::message`) for the report's upstream
 * problems (those that belong to a source), errors first. GitHub lists them on the run page.
 */
export function formatAnnotations(report: SyncReport): string[] {
  const upstream = report.problems.filter((p) => p.source !== null && (p.severity === 'error' || p.severity === 'warning'));
  const ordered = [...upstream.filter((p) => p.severity === 'error'), ...upstream.filter((p) => p.severity === 'warning')];
  return ordered.map((problem) => formatAnnotation(problem, report));
}

function formatAnnotation(problem: ReportProblem, report: SyncReport): string {
  const properties: string[] = [];
  if (problem.file) properties.push(`file=${escapeProperty(problem.file)}`);
  if (problem.file && problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(`${problem.source}: ${problem.code}`)}`);
  const url = upstreamUrlOf(problem, report.sources);
  const hint = problem.hint ? `\nhint: ${problem.hint}` : '';
  const message = `${problem.message}${url ? ` (${url})` : ''}${hint}`;
  return `::${problem.severity} ${properties.join(',')}::${escapeData(message)}`;
}

/** Escaping of workflow command data, as the Actions runner expects it. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
