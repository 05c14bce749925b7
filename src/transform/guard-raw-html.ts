import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { listAnchorFixes } from '../markdown/html-anchor-fixes.js';
import { listHtmlBuildProblems, type HtmlBuildProblem } from '../markdown/html-build-problems.js';
import { listHtmlHazards, type HtmlHazard } from '../markdown/html-hazards.js';
import { mapValueOffsets } from '../markdown/node-value-offsets.js';
import { locateInDoc } from './transform-warning.js';
import type { TransformState } from './types.js';

/** What to do with the raw html, by the offset of the tag or attribute it starts at. */
interface HtmlFix {
  start: number;
  end: number;
  /** `&lt;` shows a tag as text; '' removes an attribute. */
  text: string;
  diagnostic: Diagnostic;
}

/**
 * Raw html reaches the reader as html only when the site can render it safely and as the upstream meant it:
 * - from sources that are not trusted, active elements (`<script>`, `<iframe>`, `<style>`, …) are shown as text
 *   and event handlers, `srcdoc` and script URLs are removed;
 * - an empty comment `<!---->` is written `<!-- -->`, or the site would hide the text after it;
 * - from every CommonMark page, tags React refuses or that are no HTML element (`<key,value>`, `<operator>`;
 *   from sources that cannot run scripts also `<cluster-name>`: no custom element is defined there) are shown as
 *   text, and `style` attributes the MDX compiler cannot parse are removed.
 * Each change but the comment's (which shows nothing either way) is reported where it was made.
 */
export const guardRawHtml: Plugin<[TransformState], Root> = (state) => (tree) => {
  const untrusted = !state.input.source.trusted;
  const commonMark = state.input.doc.format !== 'mdx';
  visit(tree, 'html', (node: Html) => {
    const toDocument = mapValueOffsets(state.text, node);
    if (!toDocument) return;
    const fixes = new Map<number, HtmlFix>();
    const add = (start: number, end: number, text: string, diagnostic: (offset: number) => Diagnostic) => {
      const from = toDocument(start);
      const to = toDocument(end);
      if (to - from !== end - start || fixes.has(from)) return; // spans a container prefix, or already fixed
      fixes.set(from, { start: from, end: to, text, diagnostic: diagnostic(from) });
    };
    if (untrusted) for (const hazard of listHtmlHazards(node.value)) add(hazard.start, hazard.end, hazard.kind === 'element' ? '&lt;' : '', (at) => hazardDiagnostic(state, hazard, at));
    if (commonMark) for (const problem of listHtmlBuildProblems(node.value, { customElements: !untrusted })) add(problem.start, problem.end, problem.kind === 'tag' ? '&lt;' : '', (at) => buildProblemDiagnostic(state, problem, at));
    for (const fix of withoutNested([...fixes.values()])) {
      state.edits.push({ start: fix.start, end: fix.end, text: fix.text });
      state.diagnostics.push(fix.diagnostic);
    }
    if (commonMark) moveAnchors(state, node.value, toDocument, fixes);
    if (node.value.startsWith(EMPTY_COMMENT) && !fixes.has(toDocument(0))) state.edits.push({ start: toDocument(0), end: toDocument(EMPTY_COMMENT.length), text: '<!-- -->' });
  });
};

/**
 * An empty html comment written with four dashes. The site's comment syntax (remark-comment, for MDX 1
 * compatibility) does not see it end, and hides everything up to the next `-->` of the page, even blocks
 * later; html and GitHub read an empty comment. Written `<!-- -->`, both read the same.
 */
const EMPTY_COMMENT = '<!---->';

/** Link targets the site build cannot see are given the form it sees (see listAnchorFixes); tags shown as text keep theirs. */
function moveAnchors(state: TransformState, html: string, toDocument: (offset: number) => number, fixes: ReadonlyMap<number, HtmlFix>): void {
  const anchorFixes = listAnchorFixes(html);
  const tags = new Set(anchorFixes.map((fix) => fix.tag));
  for (const tag of tags) {
    const own = anchorFixes.filter((fix) => fix.tag === tag);
    const placed = own.map((fix) => ({ start: toDocument(fix.start), end: toDocument(fix.end), text: fix.text }));
    const inPlace = own.every((fix, i) => placed[i]!.end - placed[i]!.start === fix.end - fix.start);
    const touched = [...fixes.values()].some((fix) => fix.start === toDocument(tag) || placed.some((edit) => fix.start < edit.end && edit.start < fix.end));
    if (inPlace && !touched) state.edits.push(...placed);
  }
}

/** An attribute removed inside a tag that is shown as text anyway would be one edit too many. */
function withoutNested(fixes: HtmlFix[]): HtmlFix[] {
  const sorted = fixes.sort((a, b) => a.start - b.start);
  return sorted.filter((fix, index) => index === 0 || fix.start >= sorted[index - 1]!.end);
}

function hazardDiagnostic(state: TransformState, hazard: HtmlHazard, offset: number): Diagnostic {
  const what =
    hazard.kind === 'element'
      ? `raw <${hazard.name}> element is shown as text, not run or embedded`
      : `raw html attribute ${hazard.name.split(' ')[1]} on <${hazard.name.split(' ')[0]}> is removed`;
  return {
    severity: 'warning',
    code: 'content/unsafe-html',
    message: what,
    ...locateInDoc(state, offset),
    hint: 'upstream html may not run code on the site; use markdown instead, or mark the source `trusted: true` if its maintainers are trusted with that',
  };
}

const BUILD_PROBLEMS: Record<HtmlBuildProblem['reason'], (name: string) => { message: string; hint: string }> = {
  'invalid-name': (name) => ({
    message: `raw html tag <${name}> is not a valid element name: it is shown as text`,
    hint: 'write text that looks like a tag in `code`, or escape its < as &lt;',
  }),
  'unknown-element': (name) => ({
    message: `raw html tag <${name}> is no HTML element (a placeholder?): it is shown as text, where a browser would hide it`,
    hint: 'write placeholders such as <name> in `code`, or escape their < as &lt;',
  }),
  'invalid-attribute': (name) => ({
    message: `raw html attribute "${name}" is not a valid attribute name: its tag is shown as text`,
    hint: 'template attributes (Vue, Angular, …) do not work in docs: put such html in a code block',
  }),
  'unparsable-style': (name) => ({
    message: `the style attribute of a raw <${name}> is not valid CSS declarations: it is removed`,
    hint: 'write the style as `property: value; …`',
  }),
};

function buildProblemDiagnostic(state: TransformState, problem: HtmlBuildProblem, offset: number): Diagnostic {
  const { message, hint } = BUILD_PROBLEMS[problem.reason](problem.name);
  return { severity: 'warning', code: 'content/unrenderable-html', message, ...locateInDoc(state, offset), hint };
}
