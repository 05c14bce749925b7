import { describe, expect, it } from 'vitest';
import { hasRacyTimestamp } from '../../../src/fetch/racy-timestamps.js';

const NOW = 1_700_000_000_123.456;

describe('hasRacyTimestamp', () => {
  it('flags a modification within a clock tick of now where times have sub-second precision', () => {
    expect(hasRacyTimestamp([NOW - 60_000.5, NOW - 5.25], NOW)).toBe(true);
    expect(hasRacyTimestamp([NOW - 60_000.5, NOW - 500.25], NOW)).toBe(false);
  });

  it('allows two seconds where every time is a whole second (FAT, HFS+, ext3)', () => {
    const second = Math.floor(NOW / 1000) * 1000;
    expect(hasRacyTimestamp([second - 60_000, second - 1000], NOW)).toBe(true);
    expect(hasRacyTimestamp([second - 60_000, second - 3000], NOW)).toBe(false);
  });

  it('has nothing to flag without times', () => {
    expect(hasRacyTimestamp([], NOW)).toBe(false);
  });
});
