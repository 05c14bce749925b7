import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One URL inside an html attribute; offsets are into the html string that was parsed. */
export interface HtmlUrl {
  tag: string;
  attribute: string;
  /** The URL with character references decoded. */
  url: string;
  /** Span of the URL as written (may contain character references). */
  start: number;
  end: number;
  kind: 'link' | 'image';
}

/** Attributes holding one URL, per tag; `srcset` (several URLs) is handled separately. */
export const URL_ATTRIBUTES: Record<string, Record<string, 'link' | 'image'>> = {
  a: { href: 'link' },
  area: { href: 'link' },
  img: { src: 'image' },
  source: { src: 'image' },
  video: { src: 'image', poster: 'image' },
  audio: { src: 'image' },
  track: { src: 'link' },
  iframe: { src: 'link' },
  embed: { src: 'image' },
  object: { data: 'image' },
  input: { src: 'image' },
};

/** Every URL in `href`/`src`/`srcset`/... attributes of an html snippet, located via parse5 source locations. */
export function listHtmlUrls(html: string): HtmlUrl[] {
  const urls: HtmlUrl[] = [];
  visitElements(parseFragment(html, { sourceCodeLocationInfo: true }).childNodes, (element) => {
    const wanted = URL_ATTRIBUTES[element.tagName] ?? {};
    for (const attr of element.attrs) {
      const location = element.sourceCodeLocation?.attrs?.[attr.name];
      if (!location) continue;
      const span = locateAttributeValue(html, location.startOffset, location.endOffset);
      if (!span) continue;
      if (attr.name === 'srcset') urls.push(...splitSrcset(html, span, element.tagName));
      const kind = wanted[attr.name];
      if (kind && attr.value.trim() !== '') urls.push({ tag: element.tagName, attribute: attr.name, url: attr.value.trim(), ...trimSpan(html, span), kind });
    }
  });
  return urls;
}

/** Values of `id` and `name` attributes (anchor targets) in an html snippet. */
export function listHtmlIds(html: string): string[] {
  const ids: string[] = [];
  visitElements(parseFragment(html).childNodes, (element) => {
    // `name` only on `a` (the one element a fragment may name that way); see listAnchorFixes
    for (const attr of element.attrs) if ((attr.name === 'id' || (attr.name === 'name' && element.tagName === 'a')) && attr.value !== '') ids.push(attr.value);
  });
  return ids;
}

export function visitElements(nodes: readonly Node[], visit: (element: Element) => void): void {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    visit(node);
    visitElements('content' in node ? node.content.childNodes : node.childNodes, visit);
  }
}

/** `name = "value"` → the span of `value` (without quotes). Undefined for attributes without a value. */
function locateAttributeValue(html: string, start: number, end: number): { start: number; end: number } | undefined {
  const equals = html.indexOf('=', start);
  if (equals === -1 || equals >= end) return undefined;
  let valueStart = equals + 1;
  while (valueStart < end && /\s/.test(html[valueStart]!)) valueStart += 1;
  const quote = html[valueStart];
  if (quote === '"' || quote === "'") return { start: valueStart + 1, end: html[end - 1] === quote ? end - 1 : end };
  return { start: valueStart, end };
}

function trimSpan(html: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(html[start]!)) start += 1;
  while (end > start && /\s/.test(html[end - 1]!)) end -= 1;
  return { start, end };
}

/** `a.png 1x, b.png 2x` → one entry per candidate URL (HTML spec: a URL is a run of non-whitespace). */
function splitSrcset(html: string, span: { start: number; end: number }, tag: string): HtmlUrl[] {
  const urls: HtmlUrl[] = [];
  let i = span.start;
  while (i < span.end) {
    while (i < span.end && /[\s,]/.test(html[i]!)) i += 1;
    const start = i;
    while (i < span.end && !/\s/.test(html[i]!)) i += 1;
    let end = i;
    while (end > start && html[end - 1] === ',') end -= 1;
    if (end > start) urls.push({ tag, attribute: 'srcset', url: decodeCharacterReferences(html.slice(start, end)), start, end, kind: 'image' });
    if (end === i) while (i < span.end && html[i] !== ',') i += 1;
  }
  return urls;
}

function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  const fragment = parseFragment(`<a title="${text.replace(/"/g, '&quot;')}"></a>`);
  const anchor = fragment.childNodes[0];
  return anchor && 'attrs' in anchor ? (anchor.attrs[0]?.value ?? text) : text;
}
