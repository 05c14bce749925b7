import { applyEdits, originalOffset, recordEditSpans, type Edit, type EditSpans } from '../../markdown/apply-edits.js';
import { lineAndColumn, offsetOf } from '../../markdown/list-local-references.js';
import type { Conversion } from '../types.js';

/**
 * A conversion made in two passes (a template engine renders the text, then its markdown is converted) as
 * one conversion of the upstream text: the second pass's edits are folded into the first's (an edit inside
 * rendered text joins the edit that rendered it), and its problems name upstream lines.
 */
export function composeConversions(upstream: string, first: Conversion, second: Conversion): Conversion {
  const firstEdits = editsOf(first.edits, first.text);
  const secondEdits = editsOf(second.edits, second.text);
  const groups = mergeRegions([
    ...firstEdits.map((edit) => ({ start: edit.start, end: edit.end })),
    ...secondEdits.map((edit) => ({ start: toUpstream(firstEdits, edit.start, 'start'), end: toUpstream(firstEdits, edit.end, 'end') })),
  ]);
  const edits: Edit[] = groups.map(({ start, end }) => {
    const from = shift(secondEdits, shift(firstEdits, start, false), false);
    const to = shift(secondEdits, shift(firstEdits, end, true), true);
    return { start, end, text: second.text.slice(from, to) };
  });
  const problems = second.problems.map((problem) => {
    if (problem.file !== undefined || problem.line === undefined) return problem;
    const at = originalOffset(first.edits, offsetOf(first.text, problem.line, problem.column));
    return { ...problem, ...lineAndColumn(upstream, at) };
  });
  return {
    text: applyEdits(upstream, edits),
    edits: recordEditSpans(edits),
    dependencies: [...new Set([...first.dependencies, ...second.dependencies])].sort(),
    problems: [...first.problems, ...problems],
  };
}

/** The edits a conversion recorded, with their replacement texts read back from the converted text. */
function editsOf(spans: EditSpans, converted: string): Edit[] {
  const edits: Edit[] = [];
  let delta = 0;
  for (let i = 0; i < spans.length; i += 3) {
    const [start, end, length] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
    edits.push({ start, end, text: converted.slice(start + delta, start + delta + length) });
    delta += length - (end - start);
  }
  return edits;
}

/**
 * An offset of the edited text in the text before the edits. Inside a replacement it is that edit's start (for
 * the start of a region) or end (for its end), so a region touching rendered text covers the whole edit.
 */
function toUpstream(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const edit of edits) {
    const from = edit.start + delta;
    const to = from + edit.text.length;
    if (offset < from) break;
    if (offset <= to) {
      if (side === 'start') return offset < to || from === to ? edit.start : edit.end;
      return offset > from ? edit.end : edit.start;
    }
    delta += edit.text.length - (edit.end - edit.start);
  }
  return offset - delta;
}

/**
 * An offset of the text before the edits in the edited text. Group boundaries lie outside every edit; edits
 * touching a boundary belong to the group, so its start counts the edits ending before it, its end those ending at it too.
 */
function shift(edits: readonly Edit[], offset: number, inclusive: boolean): number {
  let delta = 0;
  for (const edit of edits) if (edit.end < offset || (inclusive && edit.end === offset)) delta += edit.text.length - (edit.end - edit.start);
  return offset + delta;
}

/** Overlapping or touching regions joined, in order. */
function mergeRegions(regions: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const region of sorted) {
    const last = merged.at(-1);
    if (last && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else merged.push({ ...region });
  }
  return merged;
}
