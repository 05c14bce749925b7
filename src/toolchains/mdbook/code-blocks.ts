import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Edit } from '../../markdown/apply-edits.js';

/** mdbook's rule for Rust: `# ` or a lone `#` hides a line, `##` shows one `#`. */
const RUST_LINE = /^(\s*)#(.?)/;

/**
 * What mdbook does to code blocks before readers see them: lines it hides are left out (`# ` in Rust blocks;
 * a `hidelines=` prefix or book.toml's prefix per language in others), and the info string's mdbook
 * attributes (`rust,editable,ignore`) are dropped so the site sees the language.
 */
export function codeBlockEdits(text: string, tree: Root, hidelines: Readonly<Record<string, string>>): Edit[] {
  const edits: Edit[] = [];
  visit(tree, 'code', (node: Code) => {
    if (!node.lang) return;
    const [language = '', ...attributes] = node.lang.split(',');
    if (attributes.length > 0) edits.push(...infoEdit(text, node, language));
    const prefix = attributes.find((a) => a.startsWith('hidelines='))?.slice('hidelines='.length) ?? hidelines[language];
    if (language === 'rust' || prefix) edits.push(...hiddenLineEdits(text, node, language === 'rust' ? undefined : prefix));
  });
  return edits;
}

/** Replaces the fence's language-and-attributes word by the language. */
function infoEdit(text: string, node: Code, language: string): Edit[] {
  const start = node.position?.start.offset;
  if (start === undefined) return [];
  const lineEnd = text.indexOf('\n', start);
  const at = text.indexOf(node.lang!, start);
  if (at === -1 || (lineEnd !== -1 && at > lineEnd)) return [];
  return [{ start: at, end: at + node.lang!.length, text: language }];
}

/** Removes hidden lines (Rust's rule when `prefix` is undefined) and unescapes Rust's `##`. */
function hiddenLineEdits(text: string, node: Code, prefix: string | undefined): Edit[] {
  const starts = valueLineOffsets(text, node);
  if (!starts) return [];
  const edits: Edit[] = [];
  for (const [i, line] of node.value.split('\n').entries()) {
    const at = starts[i]!;
    if (prefix !== undefined) {
      if (line.trimStart().startsWith(prefix)) edits.push(wholeLine(text, at));
      continue;
    }
    const match = RUST_LINE.exec(line);
    if (!match) continue;
    if (match[2] === '#') edits.push({ start: at + match[1]!.length, end: at + match[1]!.length + 1, text: '' });
    else if (match[2] === '' || match[2] === ' ' || match[2] === '\r') edits.push(wholeLine(text, at));
  }
  return edits;
}

/**
 * Where each line of a fenced block's value starts in the document: its lines follow the opening fence line,
 * each the end of its source line (container prefixes and the fence's indentation are not part of the value).
 */
function valueLineOffsets(text: string, node: Code): number[] | undefined {
  const start = node.position?.start.offset;
  if (start === undefined || !/^[ \t>]*(`{3,}|~{3,})/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start + 4))) return undefined;
  const offsets: number[] = [];
  let lineStart = text.indexOf('\n', start) + 1;
  for (const line of node.value.split('\n')) {
    if (lineStart === 0) return undefined;
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    const content = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (!content.endsWith(line)) return undefined;
    offsets.push(lineStart + content.length - line.length);
    lineStart = next + 1;
  }
  return offsets;
}

/** The line holding `offset`, with its line ending, removed. */
function wholeLine(text: string, offset: number): Edit {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end === -1 ? text.length : end + 1, text: '' };
}
