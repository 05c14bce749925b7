import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/markdown/apply-edits.js';

describe('applyEdits', () => {
  it('replaces spans by original offsets, in any order, keeping the rest byte for byte', () => {
    const text = 'alpha  beta\r\ngamma';
    expect(applyEdits(text, [{ start: 13, end: 18, text: 'G' }, { start: 0, end: 5, text: 'A' }])).toBe('A  beta\r\nG');
  });

  it('keeps insertions at the same offset in the order given', () => {
    expect(applyEdits('xy', [{ start: 1, end: 1, text: '1' }, { start: 1, end: 1, text: '2' }])).toBe('x12y');
  });

  it('refuses overlapping edits and edits outside the text', () => {
    expect(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ start: 2, end: 9, text: '' }])).toThrow(RangeError);
  });
});
