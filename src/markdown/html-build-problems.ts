import { htmlTagNames } from 'html-tag-names';
import { mathmlTagNames } from 'mathml-tag-names';
import { TokenizerMode, type Token } from 'parse5';
import { scanHtmlTags } from './scan-html-tags.js';
import styleToJs from 'style-to-js';
import { svgTagNames } from 'svg-tag-names';

/**
 * Raw html the site build cannot render as the upstream meant it:
 * - `tag`: a start or end tag whose name React refuses (`<key,value>`: static rendering throws "Invalid tag"),
 *   that is no HTML, SVG or MathML element (`<operator>`, a placeholder: the browser would hide it and its
 *   text; `<cluster-name>` too unless custom elements are allowed), or that carries an attribute name React
 *   refuses. The tag is shown as text: escape its `<` at `start`.
 * - `style`: a `style` attribute the MDX compiler cannot parse (it stops the page). Remove `start`–`end`.
 */
export interface HtmlBuildProblem {
  kind: 'tag' | 'style';
  reason: 'invalid-name' | 'unknown-element' | 'invalid-attribute' | 'unparsable-style';
  /** The tag name as written, or the attribute name for `invalid-attribute`. */
  name: string;
  start: number;
  end: number;
}

const KNOWN_ELEMENTS = new Set([...htmlTagNames, ...svgTagNames, ...mathmlTagNames].map((name) => name.toLowerCase()));
/** React's own checks (react-dom: VALID_TAG_REGEX, isAttributeNameSafe). */
const VALID_TAG = /^[a-zA-Z][a-zA-Z:_.\-\d]*$/;
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const VALID_ATTRIBUTE = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`);
/**
 * A custom element (`<my-widget>`): the browser renders its content. Only a page that may run scripts can define
 * one; elsewhere such a name is a placeholder (`<cluster-name>`) that the browser would hide.
 */
const CUSTOM_ELEMENT = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** Elements whose content the html parser reads as text, not tags (as parse5's tree builder switches the tokenizer). */
const TEXT_CONTENT: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

export interface HtmlBuildOptions {
  /** Custom element names (`<my-widget>`) are elements, not placeholders: for sources trusted to run scripts. */
  customElements: boolean;
}

/** Every tag of an html snippet that the site cannot render as written (offsets into `html`). */
export function listHtmlBuildProblems(html: string, options: HtmlBuildOptions = { customElements: true }): HtmlBuildProblem[] {
  const problems: HtmlBuildProblem[] = [];
  const check = (token: Token.TagToken, start: boolean) => {
    const location = token.location;
    if (!location) return;
    const tag = checkTag(token, start, options);
    if (tag) {
      problems.push({ kind: 'tag', reason: tag.reason, name: tag.name, start: location.startOffset, end: location.startOffset + 1 });
      return;
    }
    if (start) problems.push(...unparsableStyles(token));
  };
  scanHtmlTags(
    html,
    {
      onStartTag(token, tokenizer) {
        check(token, true);
        const mode = TEXT_CONTENT[token.tagName];
        if (mode !== undefined && !token.selfClosing) tokenizer.state = mode;
      },
      onEndTag: (token) => check(token, false),
    },
    true,
  );
  return problems;
}

function checkTag(token: Token.TagToken, start: boolean, options: HtmlBuildOptions): { reason: HtmlBuildProblem['reason']; name: string } | undefined {
  const name = token.tagName;
  if (!VALID_TAG.test(name)) return { reason: 'invalid-name', name };
  if (!KNOWN_ELEMENTS.has(name.toLowerCase()) && !(options.customElements && CUSTOM_ELEMENT.test(name))) return { reason: 'unknown-element', name };
  const invalid = start ? token.attrs.find((attr) => !VALID_ATTRIBUTE.test(attr.name)) : undefined;
  return invalid ? { reason: 'invalid-attribute', name: invalid.name } : undefined;
}

function unparsableStyles(token: Token.TagToken): HtmlBuildProblem[] {
  return token.attrs.flatMap((attr): HtmlBuildProblem[] => {
    const span = token.location?.attrs?.[attr.name];
    if (attr.name !== 'style' || !span || parsesAsStyle(attr.value)) return [];
    return [{ kind: 'style', reason: 'unparsable-style', name: token.tagName, start: span.startOffset, end: span.endOffset }];
  });
}

/** What the MDX compiler does with a `style` attribute (hast-util-to-estree: style-to-js, React-compatible). */
function parsesAsStyle(value: string): boolean {
  try {
    styleToJs(value, { reactCompat: true });
    return true;
  } catch {
    return false;
  }
}
