import { describe, expect, it } from 'vitest';
import { computeScopeValidity } from '../../../../src/site/standards/compute-scope-validity.js';
import type { TimelineEntry } from '../../../../src/site/standards/types.js';

// deliberately not sorted: scs-0003 says tooling must not depend on the order
const timeline: TimelineEntry[] = [
  { date: '2025-01-01', versions: { v1: 'effective', v2: 'draft' } },
  { date: '2025-09-01', versions: { v2: 'effective', v1: 'warn' } },
  { date: '2024-06-01', versions: { v1: 'effective' } },
  { date: '2026-01-01', versions: { v2: 'effective' } },
];

const v1 = { version: 'v1', stabilizedAt: '2024-05-01' };
const v2 = { version: 'v2', stabilizedAt: '2025-08-01' };

describe('computeScopeValidity', () => {
  it('reads the entry in force on the day', () => {
    expect(computeScopeValidity(timeline, v1, '2025-01-01').code).toBe('effective');
    expect(computeScopeValidity(timeline, v2, '2025-03-01').code).toBe('draft');
    expect(computeScopeValidity(timeline, v2, '2030-01-01')).toEqual({ code: 'effective' });
  });

  it('counts a stable version the entry in force does not list as deprecated', () => {
    expect(computeScopeValidity(timeline, v2, '2024-12-31').code).toBe('deprecated');
    expect(computeScopeValidity(timeline, v1, '2026-02-01')).toEqual({ code: 'deprecated' });
  });

  it('counts an unstable version the timeline does not list as draft', () => {
    expect(computeScopeValidity(timeline, { version: 'next' }, '2025-06-15')).toEqual({ code: 'draft' });
  });

  it('announces the next change of a version', () => {
    expect(computeScopeValidity(timeline, v1, '2025-06-15')).toEqual({ code: 'effective', upcoming: { code: 'warn', date: '2025-09-01' } });
    expect(computeScopeValidity(timeline, v2, '2025-06-15')).toEqual({ code: 'draft', upcoming: { code: 'effective', date: '2025-09-01' } });
    expect(computeScopeValidity(timeline, v1, '2025-10-01')).toEqual({ code: 'warn', upcoming: { code: 'deprecated', date: '2026-01-01' } });
  });

  it('treats every version as draft before the timeline starts', () => {
    expect(computeScopeValidity(timeline, v1, '2024-01-01')).toEqual({ code: 'draft', upcoming: { code: 'effective', date: '2024-06-01' } });
    expect(computeScopeValidity([], v1, '2024-01-01')).toEqual({ code: 'draft' });
  });
});
