import { describe, expect, it } from 'vitest';
import { computeVersionState } from '../../../../src/site/standards/compute-version-state.js';

const today = '2025-06-15';

describe('computeVersionState', () => {
  it.each([
    ['no dates', {}, { state: 'draft' }],
    ['stabilized in the future', { stabilizedAt: '2025-07-01' }, { state: 'draft', effectiveFrom: '2025-07-01' }],
    ['stabilized today', { stabilizedAt: today }, { state: 'effective' }],
    ['stabilized in the past', { stabilizedAt: '2020-01-01' }, { state: 'effective' }],
    ['deprecation announced', { stabilizedAt: '2020-01-01', deprecatedAt: '2025-12-31' }, { state: 'effective', deprecatedFrom: '2025-12-31' }],
    ['deprecated today', { stabilizedAt: '2020-01-01', deprecatedAt: today }, { state: 'deprecated' }],
    ['deprecated in the past', { stabilizedAt: '2020-01-01', deprecatedAt: '2021-01-01' }, { state: 'deprecated' }],
  ])('%s', (_case, dates, expected) => {
    expect(computeVersionState(dates, today)).toEqual(expected);
  });

  it('lets the dates decide over a status that has not caught up', () => {
    expect(computeVersionState({ status: 'Draft', stabilizedAt: '2020-01-01' }, today)).toEqual({ state: 'effective' });
    expect(computeVersionState({ status: 'Stable', stabilizedAt: '2030-01-01' }, today)).toEqual({ state: 'draft', effectiveFrom: '2030-01-01' });
    expect(computeVersionState({ status: 'Deprecated', stabilizedAt: '2020-01-01', deprecatedAt: '2030-01-01' }, today)).toEqual({
      state: 'effective',
      deprecatedFrom: '2030-01-01',
    });
  });

  it('keeps a rejected document rejected whatever its dates', () => {
    expect(computeVersionState({ status: 'Rejected', stabilizedAt: '2020-01-01' }, today)).toEqual({ state: 'rejected' });
    expect(computeVersionState({ status: 'rejected' }, today)).toEqual({ state: 'rejected' });
  });

  it('takes a Deprecated status without a deprecation date at its word', () => {
    expect(computeVersionState({ status: 'Deprecated', stabilizedAt: '2020-01-01' }, today)).toEqual({ state: 'deprecated' });
    expect(computeVersionState({ status: 'Deprecated' }, today)).toEqual({ state: 'deprecated' });
  });
});
