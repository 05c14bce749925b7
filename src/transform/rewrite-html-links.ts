import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { listHtmlUrls } from '../markdown/html-url-attributes.js';
import { lineAndColumn } from '../markdown/list-local-references.js';
import { mapValueOffsets } from '../markdown/node-value-offsets.js';
import { rewriteUrl } from './rewrite-url.js';
import type { TransformState } from './types.js';

/** Rewrites URLs in raw html attributes (`href`, `src`, `srcset`, ...), located through parse5 source locations. */
export const rewriteHtmlLinks: Plugin<[TransformState], Root> = (state) => (tree) => {
  visit(tree, 'html', (node: Html) => {
    const toDocument = mapValueOffsets(state.text, node);
    if (!toDocument) return;
    for (const found of listHtmlUrls(node.value)) {
      const start = toDocument(found.start);
      const end = toDocument(found.end);
      if (end - start !== found.end - found.start) continue;
      const { line, column } = lineAndColumn(state.text, start);
      const url = rewriteUrl(state, { url: found.url, kind: found.kind, syntax: 'html', line, column });
      if (url !== undefined) state.edits.push({ start, end, text: escapeAttribute(url) });
    }
  });
};

function escapeAttribute(value: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
  return value.replace(/[&"'<>]/g, (char) => entities[char]!);
}
