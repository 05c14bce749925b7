import { parseFragment } from 'parse5';
import { visitElements } from './html-url-attributes.js';

/** Elements the site's theme registers ids of as link targets (its Heading, Li and Link components). */
const TARGETS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'li']);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** One change at offsets of the html: replace `start`–`end` with `text` (an insertion when they are equal). */
export interface AnchorFix {
  start: number;
  end: number;
  text: string;
  /** Offset of the `<` of the tag the fix belongs to. */
  tag: number;
}

/**
 * Link targets in raw html that browsers follow but the site build does not see (its broken-anchor check knows only
 * the ids of headings, list items and links): an `id` on another element moves to an `<a id>` at the start of its
 * content (before the tag for void elements), and `<a name>` (obsolete HTML) becomes `<a id>`. Links to them keep
 * working and the build agrees they exist.
 */
export function listAnchorFixes(html: string): AnchorFix[] {
  const fixes: AnchorFix[] = [];
  visitElements(parseFragment(html, { sourceCodeLocationInfo: true }).childNodes, (element) => {
    const location = element.sourceCodeLocation;
    if (!location) return;
    const tag = location.startOffset;
    const id = element.attrs.find((attr) => attr.name === 'id' && attr.value !== '');
    const name = element.attrs.find((attr) => attr.name === 'name' && attr.value !== '');
    if (element.tagName === 'a' && !id && name && location.attrs?.name) {
      const span = location.attrs.name;
      fixes.push({ start: span.startOffset, end: span.endOffset, text: `id="${escapeAttribute(name.value)}"`, tag });
      return;
    }
    const span = id && location.attrs?.id;
    if (!id || !span || TARGETS.has(element.tagName)) return;
    const anchor = `<a id="${escapeAttribute(id.value)}"></a>`;
    const inside = location.startTag && !VOID_ELEMENTS.has(element.tagName) ? location.startTag.endOffset : undefined;
    fixes.push({ start: span.startOffset, end: span.endOffset, text: '', tag });
    fixes.push({ start: inside ?? tag, end: inside ?? tag, text: anchor, tag });
  });
  return fixes;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[char]!);
}
