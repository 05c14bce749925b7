import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface ProblemDiff {
  introduced: Diagnostic[];
  resolved: Diagnostic[];
}

/**
 * Problems that appeared and disappeared between two runs over the same files. Positions are not part of a
 * problem's identity: a broken link that only moved down a line is neither new nor fixed.
 */
export function diffProblems(before: readonly Diagnostic[], after: readonly Diagnostic[]): ProblemDiff {
  return { introduced: subtract(after, before), resolved: subtract(before, after) };
}

/** `from` minus `other`, counting duplicates (two identical broken links are two problems). */
function subtract(from: readonly Diagnostic[], other: readonly Diagnostic[]): Diagnostic[] {
  const remaining = new Map<string, number>();
  for (const d of other) remaining.set(identify(d), (remaining.get(identify(d)) ?? 0) + 1);
  return from.filter((d) => {
    const left = remaining.get(identify(d)) ?? 0;
    if (left === 0) return true;
    remaining.set(identify(d), left - 1);
    return false;
  });
}

function identify(d: Diagnostic): string {
  return JSON.stringify([d.severity, d.code, d.source, d.file, d.message]);
}
