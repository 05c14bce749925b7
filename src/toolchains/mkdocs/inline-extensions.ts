import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { DocEditor } from '../shared/doc-editor.js';
import { escapeHtml } from '../shared/site-markdown.js';

/** Which of pymdown-extensions' inline syntaxes the site enables. */
export interface InlineSyntax {
  keys: boolean;
  mark: boolean;
  caret: boolean;
  /** pymdownx.emoji: `:smile:` the site renders itself; mkdocs-material's icons it cannot. */
  icons: boolean;
}

const KEYS = /\+\+((?:[\w-]+|"[^"\n]+")(?:\+(?:[\w-]+|"[^"\n]+"))*)\+\+/g;
const MARK = /==(?=\S)(.+?)(?<=\S)==/g;
const INSERT = /\^\^(?=\S)(.+?)(?<=\S)\^\^/g;
const SUPERSCRIPT = /(?<!\^)\^(?=\S)([^\s^]+)\^(?!\^)/g;
const ICON = /:(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:/g;

/** Key names as pymdownx.keys shows them (the common ones; others capitalised). */
const KEY_NAMES: Record<string, string> = {
  ctrl: 'Ctrl', control: 'Ctrl', alt: 'Alt', shift: 'Shift', cmd: 'Cmd', command: 'Cmd', option: 'Option', opt: 'Option', meta: 'Meta', win: 'Win', windows: 'Win', super: 'Super', fn: 'Fn',
  del: 'Del', delete: 'Del', enter: 'Enter', return: 'Return', esc: 'Esc', escape: 'Esc', tab: 'Tab', space: 'Space', backspace: 'Backspace', insert: 'Ins', ins: 'Ins', home: 'Home', end: 'End',
  'page-up': 'Page Up', 'page-down': 'Page Down', up: 'Up', down: 'Down', left: 'Left', right: 'Right', 'arrow-up': 'Up', 'arrow-down': 'Down', 'arrow-left': 'Left', 'arrow-right': 'Right',
};

/**
 * pymdownx.keys (`++ctrl+c++` → `<kbd>`), pymdownx.mark (`==text==` → `<mark>`), pymdownx.caret (`^^text^^` →
 * `<ins>`, `x^2^` → `<sup>`) within a text; mkdocs-material's icon shortcodes (`:material-check:`) have no
 * equivalent on the site: dropped and reported.
 */
export function convertInlineExtensions(editor: DocEditor, tree: Root, syntax: InlineSyntax): void {
  const rules: Array<[RegExp, (match: RegExpMatchArray, at: number) => string]> = [];
  if (syntax.keys) rules.push([KEYS, (match) => keys(match[1]!)]);
  if (syntax.mark) rules.push([MARK, (match) => `<mark>${match[1]}</mark>`]);
  if (syntax.caret) rules.push([INSERT, (match) => `<ins>${match[1]}</ins>`], [SUPERSCRIPT, (match) => `<sup>${match[1]}</sup>`]);
  if (syntax.icons) rules.push([ICON, (match, at) => {
    editor.problem(at, { severity: 'info', code: 'toolchain/dropped-icon', construct: match[0], message: `the icon ${match[0]} (mkdocs-material) has no equivalent on the site; dropped` });
    return '';
  }]);
  if (rules.length === 0) return;
  visit(tree, (node) => {
    if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html' || node.type === 'definition') return SKIP;
    if (node.type !== 'text') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || editor.text.slice(start, end) !== node.value) return;
    for (const [pattern, render] of rules) {
      for (const match of node.value.matchAll(pattern)) {
        const from = start + match.index;
        const to = from + match[0].length;
        if (!editor.isEdited(from, to)) editor.replace(from, to, render(match, from));
      }
    }
  });
}

function keys(sequence: string): string {
  return sequence
    .match(/"[^"]+"|[^+]+/g)!
    .map((key) => {
      const name = key.startsWith('"') ? key.slice(1, -1) : (KEY_NAMES[key.toLowerCase()] ?? (key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ')));
      return `<kbd>${escapeHtml(name)}</kbd>`;
    })
    .join('+');
}
