/**
 * Pagefind's excerpts are HTML: page text with `<` and `>` escaped, and the matched words wrapped in
 * `<mark>`. The UI renders them as text parts instead of injecting HTML, so nothing in an upstream
 * page's text can become markup.
 */

export interface ExcerptPart {
  text: string;
  /** A word the query matched: shown highlighted. */
  marked: boolean;
}

const MARK_OPEN = '<mark>';
const MARK_CLOSE = '</mark>';

function decodeText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('\u200b', '');
}

function appendPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  const decoded = decodeText(text);
  if (decoded === '') return;
  const last = parts.at(-1);
  if (last && last.marked === marked) last.text += decoded;
  else parts.push({ text: decoded, marked });
}

/** `a <mark>b</mark> c` → [{a }, {b, marked}, { c}]; adjacent parts of one kind are merged. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let rest = excerpt;
  while (rest !== '') {
    const open = rest.indexOf(MARK_OPEN);
    if (open === -1) break;
    const close = rest.indexOf(MARK_CLOSE, open + MARK_OPEN.length);
    if (close === -1) break;
    appendPart(parts, rest.slice(0, open), false);
    appendPart(parts, rest.slice(open + MARK_OPEN.length, close), true);
    rest = rest.slice(close + MARK_CLOSE.length);
  }
  appendPart(parts, rest, false);
  return parts;
}

/** Drops the first `count` characters of the parts' text. */
function dropCharacters(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  let rest = count;
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    if (rest >= part.text.length) {
      rest -= part.text.length;
      continue;
    }
    kept.push({ ...part, text: part.text.slice(rest) });
    rest = 0;
  }
  return kept;
}

/**
 * Removes the page's hidden sidebar path (indexed as text at the very start of the page, see
 * src/theme/DocItem/Content) from the start of an excerpt, also when the excerpt starts inside it.
 * The result already shows the path on its own line.
 */
export function stripLeadingContext(parts: readonly ExcerptPart[], context: string | undefined): ExcerptPart[] {
  if (!context) return [...parts];
  const words = context.trim().split(/\s+/);
  const text = parts.map((part) => part.text).join('');
  for (let first = 0; first < words.length; first += 1) {
    const tail = words.slice(first).join(' ');
    if (text === tail || text.startsWith(`${tail} `)) return dropCharacters(parts, Math.min(text.length, tail.length + 1));
  }
  return [...parts];
}
