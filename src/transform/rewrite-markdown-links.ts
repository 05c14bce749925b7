import type { Definition, Image, Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkDestination } from '../markdown/check-destination.js';
import { formatDestination, locateDestination, locateLinkText } from '../markdown/link-destination.js';
import { rewriteUrl } from './rewrite-url.js';
import { locateInDoc } from './transform-warning.js';
import type { TransformState } from './types.js';

type LinkNode = Link | Image | Definition;

/**
 * Rewrites the destinations of markdown links, images and reference definitions, touching only those bytes.
 * A destination the site's markdown pipeline cannot take (empty, not a URL, template code, an image that is only
 * an `#anchor`) never reaches it:
 * the link is shown as its text, the image as its alt text, a definition points nowhere (`#`); a stray `%`
 * in a path is escaped. Each is reported.
 */
export const rewriteMarkdownLinks: Plugin<[TransformState], Root> = (state) => (tree) => {
  const imageOnly = definitionsUsedOnlyByImages(tree);
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const linkNode = node as LinkNode;
    const start = linkNode.position?.start;
    if (!start) return;
    const written = linkNode.type === 'image' && linkNode.url.startsWith('#') ? ({ kind: 'unusable', reason: 'fragment' } as const) : checkDestination(linkNode.url);
    if (written.kind === 'unusable') {
      if (dropDestination(state, linkNode)) state.diagnostics.push(unusableDiagnostic(state, linkNode, linkNode.url, written.reason));
      return;
    }
    const isDefinition = linkNode.type === 'definition';
    const kind = linkNode.type === 'image' || (isDefinition && imageOnly.has(linkNode.identifier)) ? 'image' : 'link';
    const rewritten = rewriteUrl(state, { url: linkNode.url, kind, syntax: isDefinition ? 'reference' : 'markdown', line: start.line, column: start.column });
    const url = rewritten ?? linkNode.url;
    const check = checkDestination(url);
    if (check.kind === 'ok') {
      if (rewritten !== undefined) replaceDestination(state, linkNode, rewritten);
    } else if (check.kind === 'repaired') {
      replaceDestination(state, linkNode, check.url);
    } else if (dropDestination(state, linkNode)) {
      state.diagnostics.push(unusableDiagnostic(state, linkNode, url, check.reason));
    }
  });
};

/** Definitions (by identifier) that only image references use: they must name a file a browser can load. */
function definitionsUsedOnlyByImages(tree: Root): Set<string> {
  const images = new Set<string>();
  const links = new Set<string>();
  visit(tree, ['imageReference', 'linkReference'], (node) => {
    const { identifier } = node as { identifier: string };
    (node.type === 'imageReference' ? images : links).add(identifier);
  });
  return new Set([...images].filter((id) => !links.has(id)));
}

function replaceDestination(state: TransformState, node: LinkNode, url: string): boolean {
  const span = locateDestination(state.text, node);
  if (!span || !writtenAs(state.text.slice(span.start, span.end), node.url)) return false;
  if (span.autolink) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const label = state.text.slice(span.start, span.end).replace(/[\\[\]]/g, '\\$&');
    state.edits.push({ start, end, text: `[${label}](${formatDestination(url, false)})` });
    return true;
  }
  state.edits.push({ start: span.start, end: span.end, text: formatDestination(url, span.angle) });
  return true;
}

/** Takes the destination away: link → its text, image → its alt text, definition → `#`. False when it cannot be located. */
function dropDestination(state: TransformState, node: LinkNode): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  if (node.type === 'definition') return replaceDestination(state, node, '#');
  if (node.type === 'image') {
    state.edits.push({ start, end, text: unlinkedText(escapeText(node.alt ?? '')) });
    return true;
  }
  const label = locateLinkText(state.text, node);
  const text = label ? unlinkedLabel(state.text, node, label) : unlinkedAutolink(state.text.slice(start, end));
  state.edits.push({ start, end, text });
  return true;
}

/** An autolink's URL as text that no markdown reader links again (`\<…>`, see unlinkedText). */
function unlinkedAutolink(written: string): string {
  return unlinkedText(written.startsWith('<') ? `\\${written}` : written);
}

/** A link's text, its text parts unlinked (see unlinkedText); code, html and the like as written. */
function unlinkedLabel(text: string, node: Link, label: { start: number; end: number }): string {
  let result = '';
  let cursor = label.start;
  for (const child of node.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (child.type !== 'text' || start === undefined || end === undefined || start < cursor || end > label.end) continue;
    result += text.slice(cursor, start) + unlinkedText(text.slice(start, end));
    cursor = end;
  }
  return result + text.slice(cursor, label.end);
}

/**
 * Markdown text in which no URL gets linked again. Besides the parser, the GFM autolink literal extension
 * searches every text node for `http://`, `https://` and `www.` after parsing, escapes undone: a `<wbr>` splits
 * the text (`https:<wbr>//…`, `www<wbr>.…`). It shows nothing, and Docusaurus leaves html out of heading ids
 * (an html comment would not do: the site's markdown pipeline drops comments before that search).
 */
function unlinkedText(markdown: string): string {
  return markdown.replace(/(?<![\da-z])(https?\\?:)(?=\\?\/)|(?<![\da-z])(www)(?=\\?\.)/gi, '$1$2<wbr>');
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>!#|~]/g, '\\$&');
}

/** Guards against misreading the source: without escapes or references, the written form is the URL itself. */
function writtenAs(raw: string, url: string): boolean {
  return /[\\&]/.test(raw) || raw === url || (url.startsWith('http') && raw !== '' && url.endsWith(raw)) || url === `mailto:${raw}`;
}

const UNUSABLE: Record<'empty' | 'template' | 'invalid' | 'fragment', string> = {
  empty: 'is empty',
  fragment: 'names an anchor, no image file',
  template: 'is template code the site cannot resolve',
  invalid: 'is not a valid URL',
};

function unusableDiagnostic(state: TransformState, node: LinkNode, url: string, reason: keyof typeof UNUSABLE): Diagnostic {
  const what = node.type === 'image' ? 'image' : node.type === 'definition' ? 'link definition' : 'link';
  const result = node.type === 'image' ? 'the image is shown as its alt text' : node.type === 'definition' ? 'links using it point nowhere' : 'the link is shown as text';
  return {
    severity: 'warning',
    code: 'link/unusable-destination',
    message: `${what} destination "${url}" ${UNUSABLE[reason]}: ${result}`,
    ...locateInDoc(state, node.position!.start.offset!),
    hint: reason === 'template' ? "template code is only resolved for the source's docs toolchain (see `format` in repos.yaml)" : 'fix the link in the upstream file',
  };
}
