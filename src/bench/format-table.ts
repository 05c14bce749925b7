import { formatBytes, formatDuration } from './format-units.js';
import type { BenchResults, BenchRow, MachineInfo, ScenarioResult } from './types.js';

const HEADERS = ['scenario', 'case', 'result', 'peak memory', 'goal'] as const;

/** The results as a plain-text table (what `npm run bench` prints), skipped scenarios and notes included. */
export function formatResultsTable(results: BenchResults): string {
  const rows = results.scenarios.flatMap(rowsOf);
  const cells = rows.map((row) => [row.scenario, row.case, row.value, row.memory, describeGoal(row)]);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...cells.map((line) => line[column]!.length)));
  const render = (line: readonly string[]) => line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  const notes = results.scenarios.flatMap((s) => (s.notes ?? []).map((note) => `  ${s.id}: ${note}`));
  return [
    describeMachine(results.machine, results.mode),
    '',
    render(HEADERS),
    render(widths.map((width) => '-'.repeat(width))),
    ...cells.map(render),
    ...(notes.length > 0 ? ['', 'notes:', ...notes] : []),
  ].join('\n');
}

function rowsOf(scenario: ScenarioResult): BenchRow[] {
  const name = `${scenario.id} ${scenario.title}`;
  if (scenario.error !== undefined) return [{ scenario: name, case: 'FAILED', value: scenario.error.split('\n')[0]!, memory: '', goal: '', verdict: '' }];
  if (scenario.skipped !== undefined) return [{ scenario: name, case: 'not run', value: scenario.skipped, memory: '', goal: '', verdict: '' }];
  return scenario.rows;
}

function describeGoal(row: BenchRow): string {
  if (row.goal === '') return '';
  return row.verdict === '' ? row.goal : `${row.goal}: ${row.verdict}`;
}

/** One line naming the machine, so a figure is never read without it. */
export function describeMachine(machine: MachineInfo, mode: BenchResults['mode']): string {
  const load = machine.loadAtEnd === undefined ? `${machine.loadAtStart.toFixed(2)}` : `${machine.loadAtStart.toFixed(2)} → ${machine.loadAtEnd.toFixed(2)}`;
  return (
    `bench (${mode}) on ${machine.cpuModel}, ${machine.cores} cores, ${formatBytes(machine.memoryBytes)} RAM, ${machine.os}; ` +
    `node ${machine.node}, git ${machine.git}; load average ${load}`
  );
}

/** Formats a measured run as table cells: its wall time and peak memory. */
export function formatCostCells(cost: { wallMs: number; peakTreeRssBytes: number }): Pick<BenchRow, 'value' | 'memory'> {
  return { value: formatDuration(cost.wallMs), memory: cost.peakTreeRssBytes > 0 ? formatBytes(cost.peakTreeRssBytes) : '' };
}
