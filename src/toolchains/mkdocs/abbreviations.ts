import type { Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { DocEditor } from '../shared/doc-editor.js';
import { escapeHtml } from '../shared/site-markdown.js';
import { splitLines } from './text-lines.js';

/** `*[HTML]: Hyper Text Markup Language` on a line of its own (Python-Markdown's abbr). */
const DEFINITION = /^[ \t]*\*\[([^\]\\]+?)\][ \t]?:[ \t]*(.*?)[ \t]*$/;
/** Where abbreviations are not applied: code, link targets, raw html, and headings (whose ids come from their text). */
const SKIPPED = new Set(['inlineCode', 'code', 'html', 'heading', 'definition']);

/**
 * abbr: the definition lines go, and every whole-word occurrence of a defined abbreviation in the page's text
 * becomes `<abbr title="…">` (what the extension renders: a tooltip), wherever on the page it is defined.
 */
export function applyAbbreviations(editor: DocEditor, tree: Root): void {
  const titles = new Map<string, string>();
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    for (const [abbreviation, title] of removeDefinitions(editor, paragraph)) titles.set(abbreviation, title);
  });
  const defined = [...titles.keys()].filter((abbreviation) => titles.get(abbreviation) !== '');
  if (defined.length === 0) return;
  const word = new RegExp(`(?<![\\w])(${defined.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w])`, 'g');
  visit(tree, (node) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type !== 'text') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || editor.text.slice(start, end) !== node.value) return;
    for (const match of node.value.matchAll(word)) {
      const from = start + match.index;
      const to = from + match[0].length;
      if (editor.isEdited(from, to)) continue;
      editor.replace(from, to, `<abbr title="${escapeHtml(titles.get(match[0])!)}">${match[0]}</abbr>`);
    }
  });
}

/** Removes the definition lines of a paragraph (the whole paragraph when that is all it holds); returns them. */
function removeDefinitions(editor: DocEditor, paragraph: Paragraph): Array<[string, string]> {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined || !editor.text.slice(start, end).includes('*[')) return [];
  const lines = splitLines(editor.text.slice(start, end));
  const found: Array<[string, string]> = [];
  const definitionLines = lines.filter((line) => {
    const match = DEFINITION.exec(line.text);
    if (match) found.push([match[1]!, match[2]!]);
    return match !== null;
  });
  if (definitionLines.length === lines.length) editor.replace(start, end, '');
  else for (const line of definitionLines) editor.replace(start + line.start, Math.min(start + line.end + 1, end), '');
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
