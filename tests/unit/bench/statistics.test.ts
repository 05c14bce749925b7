import { describe, expect, it } from 'vitest';
import { computePairedRatio, describeGrowth, fitGrowth, fitLine, sizeAtCost, summarizeSamples } from '../../../src/bench/statistics.js';

describe('summarizeSamples', () => {
  it('gives the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(summarizeSamples([30, 10, 20])).toEqual({ n: 3, min: 10, median: 20, mean: 20, max: 30 });
    expect(summarizeSamples([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('refuses an empty list instead of reporting NaN', () => {
    expect(() => summarizeSamples([])).toThrow(/no samples/);
  });
});

describe('computePairedRatio', () => {
  it('takes the median of per-pair ratios, so one disturbed pair does not move the result', () => {
    // pair 2 ran while something else loaded the machine: both sides slowed down
    expect(computePairedRatio([100, 400, 110], [1000, 4000, 1100])).toBeCloseTo(0.1);
    expect(computePairedRatio([100, 100, 100], [1000, 200, 1000])).toBeCloseTo(0.1);
  });

  it('uses only complete pairs', () => {
    expect(computePairedRatio([50, 60, 70], [100, 120])).toBeCloseTo(0.5);
  });
});

describe('fitGrowth', () => {
  it('finds exponent 1 for cost proportional to size and 2 for quadratic cost', () => {
    const sizes = [1000, 10_000, 100_000];
    const linear = fitGrowth(sizes.map((size) => ({ size, cost: size * 3 })));
    const quadratic = fitGrowth(sizes.map((size) => ({ size, cost: size * size })));
    expect(linear?.exponent).toBeCloseTo(1);
    expect(linear?.linear).toBe(true);
    expect(quadratic?.exponent).toBeCloseTo(2);
    expect(quadratic?.linear).toBe(false);
  });

  it('says when fixed costs hide the growth, and needs two different sizes', () => {
    const fit = fitGrowth([{ size: 100, cost: 2000 }, { size: 1000, cost: 2600 }]);
    expect(describeGrowth(fit!)).toMatch(/fixed costs/);
    expect(fitGrowth([{ size: 100, cost: 5 }, { size: 100, cost: 6 }])).toBeUndefined();
  });
});

describe('fitLine and sizeAtCost', () => {
  it('finds the fixed cost and the cost per unit, and where the line reaches a budget', () => {
    const line = fitLine([1000, 5000].map((size) => ({ size, cost: 1e9 + size * 1e6 })));
    expect(line?.fixed).toBeCloseTo(1e9);
    expect(line?.perUnit).toBeCloseTo(1e6);
    expect(sizeAtCost(line!, 7e9)).toBeCloseTo(6000);
  });

  it('needs two different sizes, and gives no size for a cost that does not grow', () => {
    expect(fitLine([{ size: 10, cost: 5 }, { size: 10, cost: 6 }])).toBeUndefined();
    expect(sizeAtCost({ fixed: 5, perUnit: 0 }, 10)).toBeUndefined();
  });
});
