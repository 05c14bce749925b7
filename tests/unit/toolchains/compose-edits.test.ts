import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, recordEditSpans, type Edit } from '../../../src/markdown/apply-edits.js';
import { composeEditSpans } from '../../../src/toolchains/shared/compose-edits.js';

/** Non-overlapping edits of a text of `length` characters, from random cut points. */
function editsOf(length: number) {
  return fc
    .array(fc.record({ at: fc.nat(length), size: fc.nat(3), text: fc.stringMatching(/^[A-Z]{0,4}$/) }), { maxLength: 6 })
    .map((drafts) => {
      const edits: Edit[] = [];
      let cursor = 0;
      for (const draft of [...drafts].sort((a, b) => a.at - b.at)) {
        const start = Math.max(draft.at, cursor);
        const end = Math.min(start + draft.size, length);
        if (start > length) break;
        edits.push({ start, end, text: draft.text });
        cursor = end === start ? end : end;
        if (end === start) cursor = start + 1; // one insertion per point keeps the order unambiguous
      }
      return edits.filter((edit) => edit.start <= length);
    });
}

/** The text `spans` describe, taking replaced stretches from `result`: throws when the copied text does not line up. */
function rebuild(original: string, spans: number[], result: string): string {
  let out = '';
  let cursor = 0;
  for (let i = 0; i < spans.length; i += 3) {
    const [start, end, length] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
    out += original.slice(cursor, start);
    out += result.slice(out.length, out.length + length);
    cursor = end;
  }
  return out + original.slice(cursor);
}

describe('composeEditSpans', () => {
  it('describes two rewrites in a row as one rewrite of the original', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{0,20}$/).chain((original) =>
          editsOf(original.length).chain((first) => {
            const middle = applyEdits(original, first);
            return editsOf(middle.length).map((second) => ({ original, first, second }));
          }),
        ),
        ({ original, first, second }) => {
          const middle = applyEdits(original, first);
          const result = applyEdits(middle, second);
          const composed = composeEditSpans(recordEditSpans(first), recordEditSpans(second));
          expect(rebuild(original, composed, result)).toBe(result);
          for (let i = 3; i < composed.length; i += 3) expect(composed[i]!).toBeGreaterThanOrEqual(composed[i - 2]!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges a later edit with the earlier replacement it reaches into', () => {
    // "abcdef": "cd" -> "XYZ" gives "abXYZef"; then "Ze" -> "" gives "abXYf"
    expect(composeEditSpans([2, 4, 3], [4, 6, 0])).toEqual([2, 5, 2]);
  });
});
