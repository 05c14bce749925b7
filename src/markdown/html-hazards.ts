import { parseFragment } from 'parse5';
import { classifyUrl, isInlineImageData } from './classify-url.js';
import { URL_ATTRIBUTES, visitElements } from './html-url-attributes.js';

/**
 * Something in raw html that could run code in a reader's browser or take over the page.
 * `element`: the `<` of its start tag (offset into the html); `attribute`: the span of the whole attribute.
 */
export interface HtmlHazard {
  kind: 'element' | 'attribute';
  /** Tag name, or `tag attribute` for attributes. */
  name: string;
  start: number;
  end: number;
}

/** Elements that run code, embed other documents, restyle or redirect the page, or post forms elsewhere. */
const ACTIVE_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'portal',
]);

/** Attributes that hold a URL a browser follows; `javascript:` and friends in any of them are refused. */
const URL_BEARING = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'cite', 'srcdoc']);

/**
 * Finds what must not reach the reader's browser in an html snippet from an untrusted source: active elements,
 * event handler attributes (`on*`), `srcdoc`, and script URLs in URL attributes — except those the link rewriter
 * already neutralises (URL attributes it rewrites), so the two never edit the same span.
 */
export function listHtmlHazards(html: string): HtmlHazard[] {
  const hazards: HtmlHazard[] = [];
  visitElements(parseFragment(html, { sourceCodeLocationInfo: true }).childNodes, (element) => {
    const location = element.sourceCodeLocation;
    if (!location) return;
    if (ACTIVE_ELEMENTS.has(element.tagName)) {
      hazards.push({ kind: 'element', name: element.tagName, start: location.startOffset, end: location.startOffset + 1 });
      return; // the whole tag is shown as text: its attributes no longer matter
    }
    for (const attribute of element.attrs) {
      const span = location.attrs?.[attribute.name];
      if (!span || !isHazardousAttribute(element.tagName, attribute.name, attribute.value)) continue;
      hazards.push({ kind: 'attribute', name: `${element.tagName} ${attribute.name}`, start: span.startOffset, end: span.endOffset });
    }
  });
  return hazards;
}

function isHazardousAttribute(tag: string, name: string, value: string): boolean {
  if (name.startsWith('on') || name === 'srcdoc') return true;
  if (!URL_BEARING.has(name) || URL_ATTRIBUTES[tag]?.[name]) return false;
  return classifyUrl(value) === 'unsafe' && !isInlineImageData(value);
}
