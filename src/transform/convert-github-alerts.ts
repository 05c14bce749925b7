import type { Blockquote, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Edit } from '../markdown/apply-edits.js';
import type { TransformState } from './types.js';

/** GitHub alert type → Docusaurus admonition type. */
const ADMONITIONS: Record<string, string> = { note: 'note', tip: 'tip', important: 'info', warning: 'warning', caution: 'danger' };
const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*/i;

/**
 * `> [!NOTE]` blockquotes (GitHub alerts) become `:::note` admonitions: the marker line becomes the opening fence
 * (text after the marker becomes the title), the `>` of each following line is removed, and a closing fence is
 * added. Only those bytes change, so links inside are still rewritten by the link plugins.
 */
export const convertGithubAlerts: Plugin<[TransformState], Root> = (state) => (tree) => {
  visit(tree, 'blockquote', (node: Blockquote) => {
    const edits = alertEdits(state.text, node, state.eol);
    if (!edits) return;
    state.edits.push(...edits);
    return 'skip';
  });
};

function alertEdits(text: string, node: Blockquote, eol: string): Edit[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined || text[start.offset] !== '>') return undefined;
  if (node.children[0]?.type !== 'paragraph' || node.children[0].position?.start.line !== start.line) return undefined;
  const lines = lineSpans(text, start.offset - (start.column - 1), end);
  const first = lines[0]!;
  const afterMarker = start.offset + (text[start.offset + 1] === ' ' ? 2 : 1);
  const marker = MARKER.exec(text.slice(afterMarker, first.end));
  if (!marker || lines.length < 2) return undefined;
  const type = ADMONITIONS[marker[1]!.toLowerCase()]!;
  const quoteMarkers = lines.slice(1).map((line) => findQuoteMarker(text, line.start + start.column - 1, line.end));
  const fence = ':'.repeat(Math.max(3, longestColonRun(text, lines, quoteMarkers) + 1));
  const titleStart = afterMarker + marker[0].length;
  const title = text.slice(titleStart, first.end).trimEnd();
  const edits: Edit[] = [];
  if (title === '') edits.push({ start: start.offset, end: first.end, text: `${fence}${type}` });
  else edits.push({ start: start.offset, end: titleStart, text: `${fence}${type}[` }, { start: titleStart + title.length, end: first.end, text: ']' });
  for (const span of quoteMarkers) if (span) edits.push({ start: span.start, end: span.end, text: '' });
  const last = lines[lines.length - 1]!;
  const closingPrefix = text.slice(last.start, last.start + start.column - 1).replace(/[^>\s]/g, ' ');
  edits.push({ start: end, end, text: `${eol}${closingPrefix}${fence}` });
  return edits;
}

/** Start and end (before the line ending) of each line from `from` to `to`. */
function lineSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let lineStart = from;
  while (lineStart <= to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    spans.push({ start: lineStart, end: lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd });
    if (newline === -1 || newline >= to) break;
    lineStart = newline + 1;
  }
  return spans;
}

/** The `>` (plus one space) of a quote line at the container's column; undefined for lazy continuation lines. */
function findQuoteMarker(text: string, from: number, lineEnd: number): { start: number; end: number } | undefined {
  let i = from;
  while (i < lineEnd && i - from < 3 && text[i] === ' ') i += 1;
  if (text[i] !== '>') return undefined;
  return { start: i, end: text[i + 1] === ' ' ? i + 2 : i + 1 };
}

/** Longest run of `:` starting a content line, so the admonition fence can enclose nested ones. */
function longestColonRun(text: string, lines: { start: number; end: number }[], markers: ({ end: number } | undefined)[]): number {
  let longest = 0;
  markers.forEach((marker, i) => {
    const content = text.slice(marker?.end ?? lines[i + 1]!.start, lines[i + 1]!.end).trimStart();
    longest = Math.max(longest, /^:*/.exec(content)![0].length);
  });
  return longest;
}
