/**
 * What is wrong with one manifest value, before it is tied to a manifest path and position.
 * `reason` completes the sentence `sources[2].ref "x" ...`; `hint` says how to fix it.
 */
export interface ValueProblem {
  code: string;
  reason: string;
  hint: string;
}

/** Shows a user value in a message: quoted, with control characters escaped. */
export function quoteValue(value: string): string {
  return JSON.stringify(value);
}

/** `sources[2].include[0]` from `['sources', 2, 'include', 0]`. */
export function formatManifestPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}
