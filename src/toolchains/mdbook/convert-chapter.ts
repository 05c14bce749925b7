import type { Edit } from '../../markdown/apply-edits.js';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { codeSpans, lineEnding, type CodeSpans } from '../shared/code-spans.js';
import { createDocEditor } from '../shared/doc-editor.js';
import { setFrontMatterTitle } from '../shared/front-matter-title.js';
import { createLayeredText } from '../shared/layered-text.js';
import { rewriteDestinations } from '../shared/rewrite-destinations.js';
import type { Conversion, SourceSnapshot } from '../types.js';
import type { BookConfig } from './book-config.js';
import { chapterLinkRewriter } from './chapter-links.js';
import { codeBlockEdits } from './code-blocks.js';
import { findDirectives } from './directives.js';
import { expandDirectives } from './expand-directives.js';
import { tabsEdits } from './tabs.js';

/** Any `{{#name ...}}` expression: what is left of one after conversion is mdbook syntax readers would see. */
const EXPRESSION = /\{\{\s*#([a-zA-Z0-9_]+)[^}\n]*\}\}/g;

/**
 * One chapter in the site's markdown, in mdbook's order: the links preprocessor's expressions expanded as text
 * (includes, titles), then on the expanded chapter what the renderer does to code blocks, `.html` chapter links,
 * and mdbook-tabs. Expressions left over outside code are reported.
 */
export async function convertChapter(doc: { path: string; text: string }, book: { config: BookConfig; snapshot: SourceSnapshot }): Promise<Conversion> {
  const editor = createDocEditor(doc);
  const eol = lineEnding(doc.text);
  const text = createLayeredText(doc.text);
  let title: string | undefined;
  const expansions = await expandDirectives(doc.text, doc.path, {
    snapshot: book.snapshot,
    eol,
    dependsOn: (path) => editor.dependsOn(path),
    problem: (offset, problem) => editor.problem(offset, problem),
    setTitle: (value) => (title = value),
  });
  if (title !== undefined) expansions.push(setFrontMatterTitle(doc.text, title, eol));
  text.apply(expansions);

  const expanded = parseMarkdown(text.text);
  text.apply([...codeBlockEdits(text.text, expanded, book.config.hidelines), ...rewriteDestinations(text.text, expanded, chapterLinkRewriter(doc.path, book.snapshot.paths))]);

  const code = codeSpans(parseMarkdown(text.text));
  const tabs = tabsEdits(text.text, code, eol);
  for (const { offset, kind } of tabs.unpaired) {
    editor.problem(text.upstreamOffset(offset), { code: 'toolchain/unconverted', construct: `{{#${kind}}}`, message: `{{#${kind}}} does not pair up with the other tabs markers ({{#tabs}} {{#tab name="…"}} … {{#endtab}} {{#endtabs}}): it stays as written` });
  }
  // the links step converted or reported the chapter's own expressions; tabs markers are converted or reported above
  const handled = new Set(findDirectives(doc.text).map((directive) => directive.start));
  const converted = [...tabs.edits, ...tabs.unpaired.map(({ offset }) => ({ start: offset, end: offset + 1, text: '' }))];
  for (const { offset, name } of leftovers(text.text, code, converted)) {
    if (handled.has(text.upstreamOffset(offset))) continue;
    editor.problem(text.upstreamOffset(offset), { code: 'toolchain/unconverted', construct: `{{#${name}}}`, message: `{{#${name}}} is not mdbook's own and its preprocessor does not run here: it stays as written`, hint: 'write the content it would produce as markdown upstream' });
  }
  text.apply(tabs.edits);
  for (const edit of text.edits()) editor.replace(edit.start, edit.end, edit.text);
  return editor.finish();
}

/** Expressions outside code and outside the spans a step converts. */
function leftovers(text: string, code: CodeSpans, converted: readonly Edit[]): Array<{ offset: number; name: string }> {
  return [...text.matchAll(EXPRESSION)]
    .filter((match) => !code.has(match.index) && !converted.some((edit) => edit.start <= match.index && match.index < edit.end))
    .map((match) => ({ offset: match.index, name: match[1]! }));
}
