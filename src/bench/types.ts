/** What one measured run cost: wall time and the peak memory of its whole process tree. */
export interface RunCost {
  wallMs: number;
  /** Largest sum of resident memory over every process of the tree, sampled from /proc (0 when not sampled). */
  peakTreeRssBytes: number;
}

/** Summary of repeated measurements of one quantity. */
export interface SampleSummary {
  n: number;
  min: number;
  median: number;
  mean: number;
  max: number;
}

/** One row of the results table. */
export interface BenchRow {
  /** Scenario number and name, e.g. "1 cold sync". */
  scenario: string;
  /** What was measured in this row, e.g. "ours (median of 3)". */
  case: string;
  /** Main figure, already formatted, e.g. "2.41 s". */
  value: string;
  /** Peak memory of the process tree, formatted, or "" when not measured. */
  memory: string;
  /** Goal as written in the issue and whether this run met it ("" when no goal applies). */
  goal: string;
  verdict: 'met' | 'missed' | '';
}

/** A scenario's outcome: its rows, and its raw data for bench-results.json; or why it was skipped. */
export interface ScenarioResult {
  id: string;
  title: string;
  rows: BenchRow[];
  /** Raw numbers (milliseconds, bytes, counts) for the JSON file. */
  data: Record<string, unknown>;
  /** Set when the scenario did not run: the reason, shown to the user. */
  skipped?: string;
  /** Set when the scenario broke (a bug or a broken environment): the error, shown to the user. */
  error?: string;
  /** Notes shown under the table (what was compared, caveats). */
  notes?: string[];
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  git: string;
  /** 1-minute load average when the benchmark started and ended. */
  loadAtStart: number;
  loadAtEnd?: number;
}

export interface BenchResults {
  version: 1;
  mode: 'full' | 'quick';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  scenarios: ScenarioResult[];
}
