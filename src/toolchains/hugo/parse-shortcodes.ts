/**
 * Hugo shortcodes as Hugo finds them: textually, anywhere in the content (code included), `{{< name args >}}`
 * (output taken as is) or `{{% name args %}}` (output rendered as markdown), paired with `{{< /name >}}` when a
 * closing tag follows, self-closed with `/>}}`; one commented out (comment marks just inside its braces) is written out literally.
 */

export interface ShortcodeParams {
  positional: string[];
  named: Record<string, string>;
}

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  params: ShortcodeParams;
  /** `{{% %}}`: the output is markdown. */
  markdown: boolean;
}

export interface Shortcode {
  kind: 'shortcode';
  name: string;
  params: ShortcodeParams;
  markdown: boolean;
  /** The whole construct (opening to closing tag), and its inner content when paired. */
  start: number;
  end: number;
  inner?: { start: number; end: number };
  /** Shortcodes inside the inner content. */
  children: ShortcodeNode[];
  /** The opening tag as written. */
  written: string;
}

export type ShortcodeNode =
  | Shortcode
  /** A commented-out shortcode: shows the shortcode as written, without the comment marks. */
  | { kind: 'literal'; start: number; end: number; text: string }
  /** A closing tag no opening tag matches. */
  | { kind: 'stray'; start: number; end: number; written: string };

const NAME = /[\w./-]/;

/** The shortcodes of `text` between `from` and `to` (after the front matter), as a tree. */
export function parseShortcodes(text: string, from = 0, to = text.length): ShortcodeNode[] {
  const top: ShortcodeNode[] = [];
  const open: Array<{ node: Shortcode; parentList: ShortcodeNode[] }> = [];
  const current = () => open.at(-1)?.node.children ?? top;
  for (let at = text.indexOf('{{', from); at !== -1 && at < to; at = text.indexOf('{{', at + 2)) {
    const delimiter = text[at + 2];
    if (delimiter !== '<' && delimiter !== '%') continue;
    const literal = readComment(text, at, delimiter);
    if (literal) {
      current().push(literal);
      at = literal.end - 2;
      continue;
    }
    const tag = readTag(text, at, delimiter);
    if (!tag) continue;
    at = tag.end - 2;
    const written = text.slice(tag.start, tag.end);
    if (!tag.closing) {
      const node: Shortcode = { kind: 'shortcode', name: tag.name, params: tag.params, markdown: tag.markdown, start: tag.start, end: tag.end, children: [], written };
      current().push(node);
      if (!tag.selfClosing) open.push({ node, parentList: current() });
      continue;
    }
    const match = open.map((entry) => entry.node.name).lastIndexOf(tag.name);
    if (match === -1) {
      current().push({ kind: 'stray', start: tag.start, end: tag.end, written });
      continue;
    }
    // shortcodes opened after the matching one and never closed are standalone: their "children" follow them
    for (const { node, parentList } of open.splice(match + 1).reverse()) parentList.push(...node.children.splice(0));
    const { node } = open.pop()!;
    node.inner = { start: node.end, end: tag.start };
    node.end = tag.end;
  }
  for (const { node, parentList } of open.reverse()) parentList.push(...node.children.splice(0));
  return top;
}

function readComment(text: string, at: number, delimiter: string): ShortcodeNode | undefined {
  const match = new RegExp(`^\\{\\{${delimiter}\\s*/\\*([\\s\\S]*?)\\*/\\s*${closer(delimiter)}\\}\\}`).exec(text.slice(at, at + 10_000));
  return match ? { kind: 'literal', start: at, end: at + match[0].length, text: `{{${delimiter}${match[1]}${closer(delimiter)}}}` } : undefined;
}

function readTag(text: string, at: number, delimiter: string): Tag | undefined {
  let i = skipSpace(text, at + 3);
  const closing = text[i] === '/';
  if (closing) i = skipSpace(text, i + 1);
  const nameStart = i;
  while (i < text.length && NAME.test(text[i]!)) i += 1;
  const name = text.slice(nameStart, i);
  if (name === '') return undefined;
  const params: ShortcodeParams = { positional: [], named: {} };
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith(`${closer(delimiter)}}}`, i)) return { start: at, end: i + 3, name, closing, selfClosing: false, params, markdown: delimiter === '%' };
    if (text.startsWith(`/${closer(delimiter)}}}`, i)) return { start: at, end: i + 4, name, closing, selfClosing: true, params, markdown: delimiter === '%' };
    const token = readToken(text, i);
    if (!token) return undefined;
    i = token.end;
    if (text[i] === '=' && token.bare) {
      const value = readToken(text, i + 1);
      if (!value) return undefined;
      params.named[token.value] = value.value;
      i = value.end;
    } else params.positional.push(token.value);
  }
}

/** A quoted (`"…"`, backquoted) or bare parameter word. */
function readToken(text: string, at: number): { value: string; end: number; bare: boolean } | undefined {
  const quote = text[at];
  if (quote === '"' || quote === '`') {
    let value = '';
    for (let i = at + 1; i < text.length; i += 1) {
      if (quote === '"' && text[i] === '\\' && i + 1 < text.length) value += text[++i];
      else if (text[i] === quote) return { value, end: i + 1, bare: false };
      else value += text[i];
    }
    return undefined;
  }
  const match = /^[^\s=`"]+?(?=\s|=|\/?[>%]\}\}|$)/.exec(text.slice(at, at + 2000));
  return match && match[0] !== '' ? { value: match[0], end: at + match[0].length, bare: true } : undefined;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

/** `{{<` closes with `>}}`, `{{%` with `%}}`. */
function closer(delimiter: string): string {
  return delimiter === '<' ? '>' : '%';
}
