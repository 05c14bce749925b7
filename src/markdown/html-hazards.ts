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

/** SVG animation elements can set `href` to a script URL after load (`<set attributeName="href" to="javascript:…">`). */
const ANIMATIONS = new Set(['set', 'animate']);

export interface HazardOptions {
  /**
   * Leave out script URLs in the attributes the link rewriter handles (`a href`, `img src`, …), so the two never
   * edit the same span (default). `false` for files nothing rewrites, such as SVG images.
   */
  skipRewrittenUrls?: boolean;
}

/**
 * Finds what must not reach the reader's browser in an html snippet from an untrusted source: active elements,
 * event handler attributes (`on*`), `srcdoc`, animations of `href`, and script URLs in URL attributes.
 */
export function listHtmlHazards(html: string, options: HazardOptions = {}): HtmlHazard[] {
  const skipRewritten = options.skipRewrittenUrls ?? true;
  const hazards: HtmlHazard[] = [];
  visitElements(parseFragment(html, { sourceCodeLocationInfo: true }).childNodes, (element) => {
    const location = element.sourceCodeLocation;
    if (!location) return;
    if (ACTIVE_ELEMENTS.has(element.tagName) || isHrefAnimation(element.tagName, element.attrs)) {
      hazards.push({ kind: 'element', name: element.tagName, start: location.startOffset, end: location.startOffset + 1 });
      return; // the whole tag is shown as text: its attributes no longer matter
    }
    for (const attribute of element.attrs) {
      // parse5 splits `xlink:href` into prefix and name, and keys source locations by the lowercase name as written
      const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
      const span = location.attrs?.[name] ?? location.attrs?.[name.toLowerCase()];
      if (!span || !isHazardousAttribute(element.tagName, name, attribute.value, skipRewritten)) continue;
      hazards.push({ kind: 'attribute', name: `${element.tagName} ${name}`, start: span.startOffset, end: span.endOffset });
    }
  });
  return hazards;
}

function isHrefAnimation(tag: string, attrs: readonly { name: string; value: string }[]): boolean {
  if (!ANIMATIONS.has(tag.toLowerCase())) return false;
  return attrs.some((a) => a.name.toLowerCase() === 'attributename' && /^(xlink:)?href$/i.test(a.value.trim()));
}

function isHazardousAttribute(tag: string, name: string, value: string, skipRewritten: boolean): boolean {
  if (name.startsWith('on') || name === 'srcdoc') return true;
  if (!URL_BEARING.has(name) || (skipRewritten && URL_ATTRIBUTES[tag]?.[name])) return false;
  return classifyUrl(value) === 'unsafe' && !isInlineImageData(value);
}
