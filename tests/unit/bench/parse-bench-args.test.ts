import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../src/bench/parse-bench-args.js';

describe('parseBenchArgs', () => {
  it('runs everything into bench-results.json by default', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, out: 'bench-results.json', keep: false, help: false, only: [] });
  });

  it('takes a list of scenarios to run and refuses numbers that do not exist', () => {
    expect(parseBenchArgs(['--quick', '--only', '1, 8a']).only).toEqual(['1', '8a']);
    expect(() => parseBenchArgs(['--only', '1,9'])).toThrow('unknown scenario 9 in --only (known: 1, 2, 3, 4, 5, 6, 7, 8a, 8b)');
    expect(() => parseBenchArgs(['--fast'])).toThrow(/--fast/);
  });
});
