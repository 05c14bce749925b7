import type { Edit } from '../../markdown/apply-edits.js';

/** Container prefixes a line may start with: indentation and block quote markers. */
const CONTAINER_PREFIX = /^(?:[ \t]*>)*[ \t]*/;
/** A list item's marker after its container prefix: its content is indented by the marker's width. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/**
 * Replaces `text.slice(start, end)` with a block (code block, admonition, tabs) where the construct stood: on
 * lines of its own, its continuation lines carrying the prefix of the line it starts on (so it stays inside a
 * list item or block quote). `separate` adds blank lines around it (directives, html blocks).
 */
export function placeBlock(text: string, start: number, end: number, block: string, eol: string, separate = true): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const startsLine = CONTAINER_PREFIX.exec(before)![0] === before;
  const prefix = startsLine ? before : contentPrefix(before);
  const blank = prefix.trimEnd();
  const body = indentContinuation(block, prefix, eol);

  let lead = '';
  if (!startsLine) lead = `${eol}${separate ? blank + eol : ''}${prefix}`;
  else if (separate && lineStart > 0 && !isBlankLine(text, lineStart - 1)) lead = `${eol}${before}`;

  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd).trim();
  let trail = '';
  if (rest !== '') trail = `${eol}${separate ? blank + eol : ''}${prefix}`;
  else if (separate && lineEnd < text.length && !isBlankLine(text, lineEnd + 1)) trail = `${eol}${blank}`;
  return { start, end: rest === '' ? end : skipSpaces(text, end), text: `${lead}${body}${trail}` };
}

/**
 * Text replacing a construct: when the construct starts its line, its continuation lines carry that line's
 * prefix (indentation, `> `), so multi-line text stays in the container it was written in.
 */
export function indentContinuation(value: string, prefix: string, eol: string): string {
  if (prefix === '') return value;
  return value
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line : line === '' ? prefix.trimEnd() : prefix + line))
    .join(eol);
}

/** The prefix of the line holding `offset` when the construct at `offset` starts the line, else ''. */
export function linePrefixAt(text: string, offset: number): string {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return CONTAINER_PREFIX.exec(before)![0] === before ? before : '';
}

/** Lines of `text` without the indentation they all share (a body written inside a list item). */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const shared = indents.length === 0 ? 0 : Math.min(...indents);
  return shared === 0 ? text : lines.map((line) => line.slice(Math.min(shared, /^[ \t]*/.exec(line)![0].length))).join('\n');
}

/** The prefix a line's content continues with: its container prefix, a list marker as spaces. */
function contentPrefix(line: string): string {
  const container = CONTAINER_PREFIX.exec(line)![0];
  const marker = LIST_MARKER.exec(line.slice(container.length))?.[0] ?? '';
  return container + ' '.repeat(marker.length);
}

function isBlankLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end).replace(CONTAINER_PREFIX, '').trim() === '';
}

function skipSpaces(text: string, offset: number): number {
  let at = offset;
  while (text[at] === ' ' || text[at] === '\t') at += 1;
  return at;
}
