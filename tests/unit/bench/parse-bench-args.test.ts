import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../src/bench/parse-bench-args.js';

describe('parseBenchArgs', () => {
  it('runs everything into bench-results.json by default', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, out: 'bench-results.json', keep: false, help: false, only: [] });
  });

  it('takes a list of scenarios to run and refuses numbers that do not exist', () => {
    expect(parseBenchArgs(['--quick', '--only', '1, 8a']).only).toEqual(['1', '8a']);
    expect(parseBenchArgs(['--only', '10']).only).toEqual(['10']);
    expect(() => parseBenchArgs(['--only', '1,11'])).toThrow('unknown scenario 11 in --only (known: 1, 1b, 2, 3, 4, 5, 6, 7, 8a, 8b, 9, 10)');
    expect(() => parseBenchArgs(['--fast'])).toThrow(/--fast/);
  });

  it('takes synthetic sizes for the scale scenario', () => {
    expect(parseBenchArgs(['--only', '7', '--sizes', '100x100, 10X1000']).sizes).toEqual([
      { repos: 100, docsPerRepo: 100 },
      { repos: 10, docsPerRepo: 1000 },
    ]);
    expect(() => parseBenchArgs(['--sizes', '100'])).toThrow('--sizes takes REPOSxDOCS, e.g. 100x100 (got "100")');
    expect(() => parseBenchArgs(['--sizes', '0x10'])).toThrow(/got "0x10"/);
  });

  it('takes synthetic sizes for the site builds of the scale scenario apart from those it only syncs', () => {
    const args = parseBenchArgs(['--only', '7', '--build-sizes', '10x100,50x100']);
    expect(args.buildSizes).toEqual([
      { repos: 10, docsPerRepo: 100 },
      { repos: 50, docsPerRepo: 100 },
    ]);
    expect(args.sizes).toBeUndefined();
    expect(() => parseBenchArgs(['--build-sizes', '5000'])).toThrow('--build-sizes takes REPOSxDOCS, e.g. 100x100 (got "5000")');
  });

  it('takes the number of rounds of the old-site comparison', () => {
    expect(parseBenchArgs(['--only', '10', '--rounds', '3']).rounds).toBe(3);
    expect(() => parseBenchArgs(['--rounds', '0'])).toThrow('--rounds takes a whole number from 1 (got "0")');
  });
});
