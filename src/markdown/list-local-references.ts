import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { classifyUrl } from './classify-url.js';
import { listHtmlUrls } from './html-url-attributes.js';
import { mapValueOffsets } from './node-value-offsets.js';
import { parseMarkdown } from './parse-markdown.js';

/** A link or image target in a doc that points into the same repository (relative or repo-root path). */
export interface LocalReference {
  url: string;
  /** 1-based position of the node (markdown) or of the URL (html). */
  line: number;
  column: number;
  kind: 'link' | 'image';
}

/**
 * Every relative or repo-root link/image target of a doc, from markdown links, images and definitions and
 * from raw html attributes (`<img src>`, `<a href>`, `srcset`, ...). Anchor-only, external and other-scheme
 * URLs are left out. Pass a tree when the caller has parsed the text already.
 */
export function listLocalReferences(text: string, tree: Root = parseMarkdown(text)): LocalReference[] {
  const references: LocalReference[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const start = node.position?.start;
      if (isLocal(node.url) && start) {
        references.push({ url: node.url, line: start.line, column: start.column, kind: node.type === 'image' ? 'image' : 'link' });
      }
    } else if (node.type === 'html') {
      const toDocument = mapValueOffsets(text, node);
      for (const found of listHtmlUrls(node.value)) {
        if (!isLocal(found.url)) continue;
        const position = toDocument ? lineAndColumn(text, toDocument(found.start)) : node.position?.start;
        if (position) references.push({ url: found.url, line: position.line, column: position.column, kind: found.kind });
      }
    }
  });
  return references;
}

function isLocal(url: string): boolean {
  const kind = classifyUrl(url);
  return (kind === 'relative' || kind === 'root') && url.trim() !== '';
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of a 1-based line and column: the inverse of lineAndColumn (past the end: the text's length). */
export function offsetOf(text: string, line: number, column = 1): number {
  let lineStart = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', lineStart);
    if (next === -1) return text.length;
    lineStart = next + 1;
  }
  return Math.min(text.length, lineStart + column - 1);
}
