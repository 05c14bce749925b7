import { editsFromSpans, originalOffset, recordEditSpans } from '../../markdown/apply-edits.js';
import { lineAndColumn, offsetOf } from '../../markdown/list-local-references.js';
import type { Conversion } from '../types.js';
import { createLayeredText } from './layered-text.js';

/**
 * A conversion made in two passes (a template engine renders the text, then its markdown is converted) as
 * one conversion of the upstream text: the second pass's edits are layered on the first's (an edit inside
 * rendered text joins the edit that rendered it, see createLayeredText), and its problems name upstream lines.
 */
export function composeConversions(upstream: string, first: Conversion, second: Conversion): Conversion {
  const layered = createLayeredText(upstream);
  layered.apply(editsFromSpans(first.edits, first.text));
  const spans = recordEditSpans(layered.edits()); // the text the second pass read
  const toUpstream = (offset: number) => originalOffset(spans, offset);
  layered.apply(editsFromSpans(second.edits, second.text));
  const problems = second.problems.map((problem) => {
    if (problem.file !== undefined || problem.line === undefined) return problem;
    return { ...problem, ...lineAndColumn(upstream, toUpstream(offsetOf(first.text, problem.line, problem.column))) };
  });
  return {
    text: layered.text,
    edits: recordEditSpans(layered.edits()),
    dependencies: [...new Set([...first.dependencies, ...second.dependencies])].sort(),
    problems: [...first.problems, ...problems],
  };
}
