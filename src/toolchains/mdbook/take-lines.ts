import type { LineSelection } from './directives.js';

/** mdbook's anchor comments: `ANCHOR: name` / `ANCHOR_END: name`, in whatever comment syntax the file uses. */
const ANCHOR_START = /ANCHOR:\s*([\w-]+)/;
const ANCHOR_END = /ANCHOR_END:\s*([\w-]+)/;

/** The lines of a file an `{{#include}}` takes (anchor lines left out), joined with `\n`, as mdbook does. */
export function takeLines(content: string, selection: LineSelection): string {
  const lines = splitLines(content);
  if (selection.kind === 'range') return lines.slice(selection.start ?? 0, selection.end ?? lines.length).join('\n');
  const kept: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (!inside) {
      inside = ANCHOR_START.exec(line)?.[1] === selection.name;
      continue;
    }
    const end = ANCHOR_END.exec(line);
    if (end?.[1] === selection.name) break;
    if (!end && !ANCHOR_START.test(line)) kept.push(line);
  }
  return kept.join('\n');
}

/**
 * `{{#rustdoc_include}}`: the whole file, the lines outside the selection hidden behind `# ` (a Rust code
 * block hides them; they stay for rustdoc), anchor lines left out.
 */
export function takeRustdocLines(content: string, selection: LineSelection): string {
  const lines = splitLines(content);
  if (selection.kind === 'range') {
    const start = selection.start ?? 0;
    const end = selection.end ?? lines.length;
    return lines.map((line, i) => (i >= start && i < end ? line : `# ${line}`)).join('\n');
  }
  const output: string[] = [];
  let inside = false;
  for (const line of lines) {
    const end = ANCHOR_END.exec(line);
    if (inside) {
      if (end?.[1] === selection.name) inside = false;
      else if (!end && !ANCHOR_START.test(line)) output.push(line);
      continue;
    }
    const start = ANCHOR_START.exec(line);
    if (start) inside = start[1] === selection.name;
    else if (!end) output.push(`# ${line}`);
  }
  return output.join('\n');
}

/** Rust's `str::lines`: split at `\n`, a trailing `\r` dropped, no empty last line after a final newline. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
