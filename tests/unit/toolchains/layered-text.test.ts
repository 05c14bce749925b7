import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/markdown/apply-edits.js';
import { createLayeredText } from '../../../src/toolchains/shared/layered-text.js';

describe('createLayeredText', () => {
  const upstream = 'aa {{x}} bb {{y}} cc';

  it('keeps edits of separate spans apart', () => {
    const layered = createLayeredText(upstream);
    layered.apply([{ start: 3, end: 8, text: 'XXXX\nXX' }]);
    expect(layered.text).toBe('aa XXXX\nXX bb {{y}} cc');
    layered.apply([{ start: 0, end: 2, text: 'A' }, { start: 14, end: 19, text: 'Y' }]);
    expect(layered.text).toBe('A XXXX\nXX bb Y cc');
    expect(layered.edits()).toEqual([{ start: 0, end: 2, text: 'A' }, { start: 3, end: 8, text: 'XXXX\nXX' }, { start: 12, end: 17, text: 'Y' }]);
    expect(applyEdits(upstream, layered.edits())).toBe(layered.text);
  });

  it('merges a later edit inside an earlier replacement into that replacement', () => {
    const layered = createLayeredText(upstream);
    layered.apply([{ start: 3, end: 8, text: 'one two' }]);
    layered.apply([{ start: 7, end: 10, text: '2' }]);
    expect(layered.text).toBe('aa one 2 bb {{y}} cc');
    expect(layered.edits()).toEqual([{ start: 3, end: 8, text: 'one 2' }]);
  });

  it('merges a later edit spanning earlier replacements and upstream text', () => {
    const layered = createLayeredText(upstream);
    layered.apply([{ start: 3, end: 8, text: 'X' }, { start: 12, end: 17, text: 'Y' }]);
    expect(layered.text).toBe('aa X bb Y cc');
    layered.apply([{ start: 1, end: 10, text: '[merged]' }]);
    expect(layered.text).toBe('a[merged]cc');
    expect(layered.edits()).toEqual([{ start: 1, end: 18, text: '[merged]' }]);
    expect(applyEdits(upstream, layered.edits())).toBe(layered.text);
  });

  it('maps offsets of the text back to upstream offsets', () => {
    const layered = createLayeredText(upstream);
    layered.apply([{ start: 3, end: 8, text: 'a longer text' }]);
    expect(layered.upstreamOffset(5)).toBe(3);
    expect(layered.upstreamOffset(17)).toBe(9);
  });

  it('inserts at the bounds of an earlier replacement without merging', () => {
    const layered = createLayeredText(upstream);
    layered.apply([{ start: 3, end: 8, text: 'X' }]);
    layered.apply([{ start: 3, end: 3, text: '<' }, { start: 4, end: 4, text: '>' }]);
    expect(layered.text).toBe('aa <X> bb {{y}} cc');
    expect(applyEdits(upstream, layered.edits())).toBe(layered.text);
  });
});

describe('createLayeredText (any edits)', () => {
  /** Non-overlapping edits of a text of `length`: sorted cut points paired up, each with a replacement. */
  const edits = (length: number) =>
    fc.array(fc.tuple(fc.nat(length), fc.nat(length), fc.string({ maxLength: 6 })), { maxLength: 5 }).map((list) => {
      const sorted = list.map(([a, b, text]) => ({ start: Math.min(a, b), end: Math.max(a, b), text })).sort((x, y) => x.start - y.start || x.end - y.end);
      const kept: typeof sorted = [];
      for (const edit of sorted) if (kept.length === 0 || edit.start >= kept.at(-1)!.end) kept.push(edit);
      return kept;
    });

  it('applies steps as one set of upstream edits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).chain((upstream) => fc.tuple(fc.constant(upstream), edits(upstream.length))).chain(([upstream, first]) => {
        const middle = applyEdits(upstream, first);
        return fc.tuple(fc.constant(upstream), fc.constant(first), edits(middle.length));
      }), ([upstream, first, second]) => {
        const layered = createLayeredText(upstream);
        layered.apply(first);
        layered.apply(second);
        expect(layered.text).toBe(applyEdits(applyEdits(upstream, first), second));
        expect(applyEdits(upstream, layered.edits())).toBe(layered.text);
      }),
      { numRuns: 500 },
    );
  });
});
