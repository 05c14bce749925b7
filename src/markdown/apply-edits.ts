/** Replace `text.slice(start, end)` with `text`. Offsets refer to the original document. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits to the original text, leaving every byte outside the edited spans untouched.
 * Throws on overlapping edits (a programming error: two plugins touched the same span).
 * Insertions (start === end) at the same offset are kept in the order given.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) {
      throw new RangeError(`edit ${edit.start}-${edit.end} lies outside the text (length ${text.length})`);
    }
    if (edit.start < cursor) {
      throw new RangeError(`edit ${edit.start}-${edit.end} overlaps an earlier edit ending at ${cursor}`);
    }
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** How a text was rewritten: `[start, end, replacementLength]` per edit, in order (flat, so it caches as JSON). */
export type EditSpans = number[];

export function recordEditSpans(edits: readonly Edit[]): EditSpans {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end).flatMap((edit) => [edit.start, edit.end, edit.text.length]);
}

/** The offset in the original text of `offset` in the rewritten one (inside a replacement: where it starts). */
export function originalOffset(spans: EditSpans, offset: number): number {
  let shift = 0;
  for (let i = 0; i < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const length = spans[i + 2]!;
    if (offset < start + shift) break;
    if (offset < start + shift + length) return start;
    shift += length - (end - start);
  }
  return offset - shift;
}

/** `originalOffset` back through several rewrites, the latest last in `chain` (e.g. conversion, then transform). */
export function originalOffsetThrough(chain: readonly EditSpans[], offset: number): number {
  return chain.reduceRight((at, spans) => originalOffset(spans, at), offset);
}

/** The edits a rewrite recorded (`spans`), with their replacement texts read back from the rewritten text. */
export function editsFromSpans(spans: EditSpans, rewritten: string): Edit[] {
  const edits: Edit[] = [];
  let shift = 0;
  for (let i = 0; i < spans.length; i += 3) {
    const [start, end, length] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
    edits.push({ start, end, text: rewritten.slice(start + shift, start + shift + length) });
    shift += length - (end - start);
  }
  return edits;
}
