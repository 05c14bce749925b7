import { describe, expect, it } from 'vitest';
import { formatResultsTable } from '../../../src/bench/format-table.js';
import { formatBytes, formatDuration } from '../../../src/bench/format-units.js';
import type { BenchResults } from '../../../src/bench/types.js';

const results: BenchResults = {
  version: 1,
  mode: 'quick',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:00.000Z',
  machine: { cpuModel: 'Example CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, os: 'Linux 6.1', node: '20.19.0', git: '2.39.5', loadAtStart: 1.5, loadAtEnd: 2.25 },
  scenarios: [
    {
      id: '2',
      title: 'no-op sync',
      rows: [{ scenario: '2 no-op sync', case: 'npm run sync (median of 3)', value: '412 ms', memory: '160.0 MiB', goal: '≤ 0.5 s', verdict: 'met' }],
      data: {},
      notes: ['nothing changed upstream'],
    },
    { id: '5', title: 'full build', rows: [], data: {}, skipped: 'full mode only' },
    { id: '6', title: 'remote', rows: [], data: {}, error: 'git http-backend not found\nstack…' },
  ],
};

describe('formatResultsTable', () => {
  it('names the machine and load, aligns the columns, and shows skipped and failed scenarios with their reason', () => {
    expect(formatResultsTable(results)).toMatchInlineSnapshot(`
      "bench (quick) on Example CPU, 2 cores, 8.00 GiB RAM, Linux 6.1; node 20.19.0, git 2.39.5; load average 1.50 → 2.25

      scenario      case                        result                      peak memory  goal
      ------------  --------------------------  --------------------------  -----------  ------------
      2 no-op sync  npm run sync (median of 3)  412 ms                      160.0 MiB    ≤ 0.5 s: met
      5 full build  not run                     full mode only
      6 remote      FAILED                      git http-backend not found

      notes:
        2: nothing changed upstream"
    `);
  });
});

describe('units', () => {
  it('formats durations and sizes the way people read them', () => {
    expect([formatDuration(850.4), formatDuration(2414), formatDuration(95_000)]).toEqual(['850 ms', '2.41 s', '1 min 35 s']);
    expect([formatBytes(512), formatBytes(4096), formatBytes(233 * 1024 ** 2), formatBytes(1.39 * 1024 ** 3)]).toEqual(['512 B', '4 KiB', '233.0 MiB', '1.39 GiB']);
  });
});
