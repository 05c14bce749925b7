import type { Definition, Image, Link } from 'mdast';

/** Where a link's destination is written in the document (offsets), and in which form. */
export interface DestinationSpan {
  start: number;
  end: number;
  /** `<...>` destination: the span excludes the brackets. */
  angle: boolean;
  /** The node is an autolink (`<https://x>` or a bare URL): its text is the URL itself. */
  autolink: boolean;
}

/**
 * Finds the destination of a link, image or definition inside the node's source slice, so that only
 * those bytes are replaced. Undefined when the source cannot be read (the caller then leaves the node alone).
 */
export function locateDestination(text: string, node: Link | Image | Definition): DestinationSpan | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  if (node.type === 'link' && text[start] !== '[') return locateAutolink(text, start, end);
  const labelEnd = node.type === 'link' ? findLinkTextEnd(text, node, start, end) : findLabelEnd(text, start + (node.type === 'image' ? 2 : 1), end);
  if (labelEnd === undefined) return undefined;
  const opener = node.type === 'definition' ? ':' : '(';
  if (text[labelEnd + 1] !== opener) return undefined;
  return readDestination(text, labelEnd + 2, end);
}

/** Where the text of a `[text](url)` link is written (between its brackets); undefined for autolinks. */
export function locateLinkText(text: string, node: Link): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || text[start] !== '[') return undefined;
  const close = findLinkTextEnd(text, node, start, end);
  return close === undefined ? undefined : { start: start + 1, end: close };
}

function locateAutolink(text: string, start: number, end: number): DestinationSpan {
  if (text[start] === '<' && text[end - 1] === '>') return { start: start + 1, end: end - 1, angle: true, autolink: true };
  return { start, end, angle: false, autolink: true };
}

/** Offset of the `]` closing a link's text: right after its last child, or the first `]` for empty text. */
function findLinkTextEnd(text: string, node: Link, start: number, end: number): number | undefined {
  const lastChildEnd = node.children.at(-1)?.position?.end.offset ?? start + 1;
  const close = text.indexOf(']', lastChildEnd);
  return close === -1 || close >= end ? undefined : close;
}

/** Offset of the `]` closing a label that starts at `from` (brackets balanced, backslash escapes skipped). */
function findLabelEnd(text: string, from: number, end: number): number | undefined {
  let depth = 0;
  for (let i = from; i < end; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '[') depth += 1;
    else if (char === ']') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return undefined;
}

/** CommonMark link destination starting at `from` (after `(` or `]:`), optional whitespace and one line ending first. */
function readDestination(text: string, from: number, end: number): DestinationSpan | undefined {
  let i = from;
  let lineEndings = 0;
  while (i < end && /[ \t\r\n]/.test(text[i]!)) {
    if (text[i] === '\n') lineEndings += 1;
    i += 1;
  }
  if (lineEndings > 1) return undefined;
  if (text[i] === '<') {
    for (let j = i + 1; j < end; j += 1) {
      if (text[j] === '\\') j += 1;
      else if (text[j] === '>') return { start: i + 1, end: j, angle: true, autolink: false };
      else if (text[j] === '\n' || text[j] === '<') return undefined;
    }
    return undefined;
  }
  let depth = 0;
  let j = i;
  for (; j < end; j += 1) {
    const char = text[j]!;
    if (char === '\\') j += 1;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) break;
      depth -= 1;
    } else if (char.charCodeAt(0) <= 0x20) break;
  }
  return { start: i, end: Math.min(j, end), angle: false, autolink: false };
}

/** The text replacing a destination span: inside `<...>` as is, else bare, or wrapped in `<...>` when a bare form would not parse. */
export function formatDestination(url: string, angle: boolean): string {
  const safe = url.replace(/[<>\s]/g, (char) => encodeURIComponent(char));
  if (angle) return safe;
  return hasBalancedParentheses(safe) && safe !== '' ? safe : `<${safe}>`;
}

function hasBalancedParentheses(url: string): boolean {
  let depth = 0;
  for (const char of url) {
    if (char === '(') depth += 1;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
