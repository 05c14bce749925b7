/** A line of a text: where it starts, where its content ends (before `\r\n` or `\n`), and its content. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ start, end: start + content.length, text: content });
    start += raw.length + 1;
  }
  return lines;
}

/** The index of the line holding `offset`. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Columns of leading whitespace (a tab reaches the next multiple of 4, as Python-Markdown counts). */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** How many characters of `line` make up its first `columns` columns of indentation. */
export function indentChars(line: string, columns: number): number {
  let width = 0;
  let chars = 0;
  while (chars < line.length && width < columns && (line[chars] === ' ' || line[chars] === '\t')) {
    width += line[chars] === '\t' ? 4 - (width % 4) : 1;
    chars += 1;
  }
  return chars;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Continuation lines of a block written at `indent` columns (inside a list item) get that indentation. */
export function indentLines(text: string, indent: number, eol: string): string {
  if (indent === 0) return text;
  const pad = ' '.repeat(indent);
  return text
    .split(eol)
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join(eol);
}
