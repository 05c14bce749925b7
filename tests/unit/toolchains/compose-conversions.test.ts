import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, originalOffset, recordEditSpans, type Edit } from '../../../src/markdown/apply-edits.js';
import { composeConversions } from '../../../src/toolchains/shared/compose-conversions.js';
import type { Conversion } from '../../../src/toolchains/types.js';

function conversion(text: string, edits: Edit[]): Conversion {
  return { text: applyEdits(text, edits), edits: recordEditSpans(edits), dependencies: [], problems: [] };
}

/** Non-overlapping edits of a text (insertions, deletions, replacements). */
const editsOf = (text: string) =>
  fc.array(fc.tuple(fc.nat(text.length), fc.nat(4), fc.string({ maxLength: 4 })), { maxLength: 6 }).map((raw) => {
    const edits: Edit[] = [];
    for (const [at, length, replacement] of raw.sort((a, b) => a[0] - b[0])) {
      const start = Math.max(at, edits.at(-1)?.end ?? 0);
      const end = Math.min(text.length, start + length);
      if (start <= text.length && !edits.some((edit) => edit.start === start && edit.end === start && end === start)) edits.push({ start, end, text: replacement });
    }
    return edits;
  });

describe('composeConversions', () => {
  it('gives the text of both passes, as edits of the upstream text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((upstream) => fc.tuple(fc.constant(upstream), editsOf(upstream))).chain(([upstream, first]) => {
          const rendered = applyEdits(upstream, first);
          return fc.tuple(fc.constant(upstream), fc.constant(first), editsOf(rendered));
        }),
        ([upstream, first, second]) => {
          const one = conversion(upstream, first);
          const two = conversion(one.text, second);
          const composed = composeConversions(upstream, one, two);
          expect(composed.text).toBe(two.text);
          // the recorded edits rebuild the same text from the upstream one
          let delta = 0;
          const rebuilt: Edit[] = [];
          for (let i = 0; i < composed.edits.length; i += 3) {
            const [start, end, length] = composed.edits.slice(i, i + 3) as [number, number, number];
            rebuilt.push({ start, end, text: composed.text.slice(start + delta, start + delta + length) });
            delta += length - (end - start);
          }
          expect(applyEdits(upstream, rebuilt)).toBe(two.text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('names upstream lines in the second pass\'s problems', () => {
    const upstream = 'a\n{% include x %}\nb {: .c}\n';
    const first = conversion(upstream, [{ start: 2, end: 17, text: 'one\ntwo\nthree' }]);
    const second: Conversion = { ...conversion(first.text, [{ start: 18, end: 24, text: '' }]), problems: [{ severity: 'info', code: 'x', message: 'm', line: 5, column: 3 }] };
    const composed = composeConversions(upstream, first, second);
    expect(composed.text).toBe('a\none\ntwo\nthree\nb \n');
    expect(composed.problems).toEqual([{ severity: 'info', code: 'x', message: 'm', line: 3, column: 3 }]);
    expect(originalOffset(composed.edits, 3)).toBe(2);
  });
});
