import { applyEdits, originalOffset, recordEditSpans, type Edit } from '../../markdown/apply-edits.js';

/**
 * A doc rewritten in steps (includes expanded first, then the expanded text parsed and rewritten), where each
 * step's edits are at offsets of the text the step before made, while the result stays one set of edits at
 * offsets of the upstream text, as the doc editor needs them. An edit that touches text an earlier step
 * inserted is merged with that earlier edit: each upstream span is replaced once.
 */
export interface LayeredText {
  readonly upstream: string;
  /** The text after every step so far. */
  readonly text: string;
  /** Applies edits at offsets of `text` (they must not overlap one another). */
  apply(edits: readonly Edit[]): void;
  /** The upstream offset of an offset in `text` (inside a replacement: where the replaced span starts). */
  upstreamOffset(offset: number): number;
  /** The edits that turn `upstream` into `text`, at upstream offsets, in order. */
  edits(): Edit[];
}

export function createLayeredText(upstream: string): LayeredText {
  let edits: Edit[] = [];
  let text = upstream;
  return {
    upstream,
    get text() {
      return text;
    },
    apply(next) {
      if (next.length === 0) return;
      edits = compose(edits, text, next);
      text = applyEdits(upstream, edits);
    },
    upstreamOffset: (offset) => originalOffset(recordEditSpans(edits), offset),
    edits: () => [...edits],
  };
}

/** Where an upstream edit's replacement lies in the current text. */
interface Placed {
  edit: Edit;
  from: number;
  to: number;
}

/** `earlier` (upstream offsets, sorted) followed by `later` (offsets of `current`, the text `earlier` made), as upstream edits. */
function compose(earlier: readonly Edit[], current: string, later: readonly Edit[]): Edit[] {
  const placed: Placed[] = [];
  let shift = 0;
  for (const edit of earlier) {
    placed.push({ edit, from: edit.start + shift, to: edit.start + shift + edit.text.length });
    shift += edit.text.length - (edit.end - edit.start);
  }
  const toUpstream = (offset: number) => originalOffset(recordEditSpans(earlier), offset);
  const touches = (p: Placed, e: Edit) => (e.start === e.end ? p.from < e.start && e.start < p.to : p.from < e.end && e.start < p.to);

  // groups of later edits with the earlier edits they touch, merged while their spans overlap
  const sorted = [...later].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Array<{ from: number; to: number; earlier: Placed[]; later: Edit[] }> = [];
  for (const edit of sorted) {
    const hit = placed.filter((p) => touches(p, edit));
    const from = Math.min(edit.start, ...hit.map((p) => p.from));
    const to = Math.max(edit.end, ...hit.map((p) => p.to));
    const last = groups.at(-1);
    if (last && hit.length > 0 && last.earlier.length > 0 && from < last.to) {
      last.to = Math.max(last.to, to);
      last.later.push(edit);
      for (const p of hit) if (!last.earlier.includes(p)) last.earlier.push(p);
    } else groups.push({ from, to, earlier: hit, later: [edit] });
  }

  // ordered as in the current text: insertions at one upstream offset keep their order there
  const absorbed = new Set(groups.flatMap((g) => g.earlier.map((p) => p.edit)));
  const result = placed.filter((p) => !absorbed.has(p.edit)).map((p) => ({ edit: p.edit, at: p.from, rank: 1 }));
  for (const group of groups) {
    // a group's ends lie outside every earlier replacement or on its bounds; its end goes before an
    // earlier edit that left nothing there, its start after one
    const start = toUpstream(group.from);
    const end = group.to === group.from ? start : group.to - placed.filter((p) => p.to < group.to || (p.to === group.to && p.from < p.to)).reduce((sum, p) => sum + p.to - p.from - (p.edit.end - p.edit.start), 0);
    const inner = group.later.map((e) => ({ start: e.start - group.from, end: e.end - group.from, text: e.text }));
    result.push({ edit: { start, end, text: applyEdits(current.slice(group.from, group.to), inner) }, at: group.from, rank: 0 });
  }
  return result.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.at - b.at || a.rank - b.rank).map((entry) => entry.edit);
}
