/**
 * mdbook's `{{#...}}` expressions as its `links` preprocessor finds them: textually, anywhere in a chapter (code
 * blocks too), with whitespace allowed after `{{`; `\{{#...}}` is an escaped one, written without the backslash.
 */

/** Lines of a file an include takes: 0-based, `end` exclusive; or the lines between ANCHOR comments. */
export type LineSelection = { kind: 'range'; start?: number; end?: number } | { kind: 'anchor'; name: string };

export type Directive = { start: number; end: number; written: string } & (
  | { kind: 'escaped' }
  | { kind: 'include' | 'rustdoc_include'; path: string; lines: LineSelection }
  | { kind: 'playground'; path: string; attributes: string[] }
  | { kind: 'title'; title: string }
);

const EXPRESSION = /\\\{\{#.*\}\}|\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}/g;

export function findDirectives(text: string): Directive[] {
  const found: Directive[] = [];
  for (const match of text.matchAll(EXPRESSION)) {
    const where = { start: match.index, end: match.index + match[0].length, written: match[0] };
    const [, type, rest] = match;
    if (type === undefined || rest === undefined) {
      found.push({ ...where, kind: 'escaped' });
    } else if (type === 'title') {
      found.push({ ...where, kind: 'title', title: rest });
    } else if (type === 'include' || type === 'rustdoc_include') {
      const target = parseTarget(rest);
      if (target) found.push({ ...where, kind: type, path: target.path, lines: parseLineSelection(target.selection) });
    } else if (type === 'playground' || type === 'playpen') {
      const target = parseTarget(rest);
      if (target) found.push({ ...where, kind: 'playground', path: target.path, attributes: target.after.split(/\s+/).filter(Boolean) });
    }
  }
  return found;
}

/** `"a file.rs":2:5 attrs` or `file.rs:2:5 attrs`: the path, what follows `:` in its argument, and the rest. */
function parseTarget(rest: string): { path: string; selection?: string; after: string } | undefined {
  const trimmed = rest.trim();
  if (trimmed.startsWith('"')) {
    let path = '';
    for (let i = 1; i < trimmed.length; i += 1) {
      const char = trimmed[i]!;
      if (char === '\\') path += trimmed[++i] ?? '';
      else if (char === '"') {
        const after = trimmed.slice(i + 1).trimStart();
        return after.startsWith(':') ? { path, selection: after.slice(1).split(/\s/)[0]!, after: after.slice(1).replace(/^\S*/, '') } : { path, after };
      } else path += char;
    }
    return undefined;
  }
  const [argument = '', ...after] = trimmed.split(/\s+/);
  const colon = argument.indexOf(':');
  return colon === -1 ? { path: argument, after: after.join(' ') } : { path: argument.slice(0, colon), selection: argument.slice(colon + 1), after: after.join(' ') };
}

/** mdbook's `:2`, `:2:`, `::5`, `:2:5` (1-based, inclusive) or `:anchor` after an include's path. */
export function parseLineSelection(selection: string | undefined): LineSelection {
  const [first, second] = splitN(selection ?? '', ':', 3);
  const number = (text: string | undefined) => (text !== undefined && /^\+?\d+$/.test(text) ? Number(text) : undefined);
  let start: number | undefined;
  if (number(first) !== undefined) start = Math.max(0, number(first)! - 1);
  else if (first !== undefined && first !== '') return { kind: 'anchor', name: first };
  const end = number(second);
  if (start !== undefined) return second === undefined ? { kind: 'range', start, end: start + 1 } : { kind: 'range', start, ...(end !== undefined ? { end } : {}) };
  return { kind: 'range', ...(end !== undefined ? { end } : {}) };
}

function splitN(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}
