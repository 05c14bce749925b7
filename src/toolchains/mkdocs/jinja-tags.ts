/** Jinja's delimiters (mkdocs-macros lets a site change them: `j2_block_start_string`, …). */
export interface JinjaMarkers {
  blockStart: string;
  blockEnd: string;
  variableStart: string;
  variableEnd: string;
  commentStart: string;
  commentEnd: string;
}

export const DEFAULT_MARKERS: JinjaMarkers = { blockStart: '{%', blockEnd: '%}', variableStart: '{{', variableEnd: '}}', commentStart: '{#', commentEnd: '#}' };

/** One `{% … %}`, `{{ … }}` or `{# … #}` in a template, with where whitespace control (`{%-`, `-%}`) applies. */
export interface JinjaTag {
  kind: 'block' | 'variable' | 'comment';
  start: number;
  end: number;
  /** What is between the delimiters, without the whitespace-control signs, trimmed. */
  inner: string;
  trimBefore: boolean;
  trimAfter: boolean;
}

/** The next tag at or after `from` and before `until`; undefined when there is none (an unclosed tag is text). */
export function nextTag(text: string, from: number, until: number, markers: JinjaMarkers): JinjaTag | undefined {
  const kinds = [
    { kind: 'block' as const, open: markers.blockStart, close: markers.blockEnd },
    { kind: 'variable' as const, open: markers.variableStart, close: markers.variableEnd },
    { kind: 'comment' as const, open: markers.commentStart, close: markers.commentEnd },
  ];
  let cursor = from;
  while (cursor < until) {
    const found = kinds
      .map((k) => ({ ...k, at: text.indexOf(k.open, cursor) }))
      .filter((k) => k.at !== -1 && k.at < until)
      .sort((a, b) => a.at - b.at)[0];
    if (!found) return undefined;
    const closeAt = findClose(text, found.at + found.open.length, until, found.close, found.kind !== 'comment');
    if (closeAt === undefined) {
      cursor = found.at + found.open.length;
      continue;
    }
    let inner = text.slice(found.at + found.open.length, closeAt);
    const trimBefore = inner.startsWith('-');
    const trimAfter = inner.endsWith('-') && inner.length > (trimBefore ? 1 : 0);
    inner = inner.slice(trimBefore || inner.startsWith('+') ? 1 : 0, trimAfter || inner.endsWith('+') ? -1 : undefined).trim();
    return { kind: found.kind, start: found.at, end: closeAt + found.close.length, inner, trimBefore, trimAfter };
  }
  return undefined;
}

/** Where `close` ends the tag opened before `from`, skipping quoted strings inside expressions. */
function findClose(text: string, from: number, until: number, close: string, quotes: boolean): number | undefined {
  let quote: string | undefined;
  for (let i = from; i < until; i += 1) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = undefined;
    } else if (quotes && (char === '"' || char === "'")) quote = char;
    else if (text.startsWith(close, i)) return i;
    else if (char === '\n' && text[i + 1] === '\n' && quotes) return undefined; // a tag never spans a blank line in practice
  }
  return undefined;
}

/** The first word of a block tag (`include`, `raw`, `endfilter`, …). */
export function tagName(tag: JinjaTag): string {
  return /^[A-Za-z_]\w*/.exec(tag.inner)?.[0] ?? '';
}

/** How far whitespace control widens a tag: back over whitespace before it, forward over whitespace after it. */
export function widen(text: string, tag: JinjaTag, floor: number, ceiling: number): { start: number; end: number } {
  let start = tag.start;
  let end = tag.end;
  if (tag.trimBefore) while (start > floor && /\s/.test(text[start - 1]!)) start -= 1;
  if (tag.trimAfter) while (end < ceiling && /\s/.test(text[end]!)) end += 1;
  return { start, end };
}
