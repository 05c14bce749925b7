import type { EditSpans } from '../../markdown/apply-edits.js';

interface Span {
  /** Range in the text before the rewrite. */
  start: number;
  end: number;
  /** Range of the replacement in the text after it. */
  outStart: number;
  outEnd: number;
}

/**
 * Two rewrites in a row as one: `first` rewrote the original, `second` rewrote first's output; the result
 * rewrites the original into second's output. Where a later edit touches text an earlier one wrote, the two
 * become one edit over the earlier edit's whole original span (an offset inside it maps to its start anyway).
 * For toolchains that convert in stages (templates, then includes, then markdown).
 */
export function composeEditSpans(first: EditSpans, second: EditSpans): EditSpans {
  const earlier = readSpans(first);
  const later = readSpans(second);
  // later edits in the intermediate text, widened to whole earlier replacements they touch, then merged
  const groups: Array<{ from: number; to: number; growth: number }> = [];
  for (const edit of later) {
    let from = edit.start;
    let to = edit.end;
    for (const span of earlier) {
      const touches = edit.start < edit.end ? span.outStart < edit.end && edit.start < span.outEnd : span.outStart < edit.start && edit.start < span.outEnd;
      if (touches) {
        from = Math.min(from, span.outStart);
        to = Math.max(to, span.outEnd);
      }
    }
    const growth = edit.outEnd - edit.outStart - (edit.end - edit.start);
    const last = groups.at(-1);
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.growth += growth;
    } else groups.push({ from, to, growth });
  }
  const result: Array<[number, number, number]> = [];
  for (const group of groups) result.push([toOriginal(earlier, group.from, 'start'), toOriginal(earlier, group.to, 'end'), group.to - group.from + group.growth]);
  for (const span of earlier) {
    const covered = groups.some((group) => group.from <= span.outStart && span.outEnd <= group.to && (group.from < group.to || span.outStart === span.outEnd));
    if (!covered) result.push([span.start, span.end, span.outEnd - span.outStart]);
  }
  return result.sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat();
}

/** Composes the spans of every stage, the first stage first. */
export function composeAllEditSpans(stages: readonly EditSpans[]): EditSpans {
  return stages.reduce((composed, next) => composeEditSpans(composed, next), [] as EditSpans);
}

function readSpans(spans: EditSpans): Span[] {
  const result: Span[] = [];
  let shift = 0;
  for (let i = 0; i < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const length = spans[i + 2]!;
    result.push({ start, end, outStart: start + shift, outEnd: start + shift + length });
    shift += length - (end - start);
  }
  return result;
}

/**
 * The original offset of an intermediate offset on the edge of (or outside) every earlier replacement: as the
 * start of a range, a replacement beginning there is inside the range; as its end, one ending there is.
 */
function toOriginal(earlier: readonly Span[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const span of earlier) {
    const before = side === 'start' ? span.outEnd <= offset && span.outStart < offset : span.outEnd <= offset;
    if (span.outStart > offset) break;
    if (before) shift = span.outEnd - span.end;
  }
  return offset - shift;
}
