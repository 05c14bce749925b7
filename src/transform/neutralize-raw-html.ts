import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { listHtmlHazards, type HtmlHazard } from '../markdown/html-hazards.js';
import { lineAndColumn } from '../markdown/list-local-references.js';
import { mapValueOffsets } from '../markdown/node-value-offsets.js';
import type { TransformState } from './types.js';

/**
 * Raw html from sources that are not trusted never runs in the reader's browser: active elements
 * (`<script>`, `<iframe>`, `<style>`, …) are shown as text by escaping their `<`, and event handlers,
 * `srcdoc` and script URLs are removed. Each change is reported where it was made.
 */
export const neutralizeRawHtml: Plugin<[TransformState], Root> = (state) => (tree) => {
  visit(tree, 'html', (node: Html) => {
    const toDocument = mapValueOffsets(state.text, node);
    if (!toDocument) return;
    for (const hazard of listHtmlHazards(node.value)) {
      const start = toDocument(hazard.start);
      const end = toDocument(hazard.end);
      if (end - start !== hazard.end - hazard.start) continue; // spans a container prefix: leave it to the next check
      state.edits.push({ start, end, text: hazard.kind === 'element' ? '&lt;' : '' });
      state.diagnostics.push(hazardDiagnostic(state, hazard, start));
    }
  });
};

function hazardDiagnostic(state: TransformState, hazard: HtmlHazard, offset: number) {
  const { line, column } = lineAndColumn(state.text, offset);
  const { source, doc } = state.input;
  const what =
    hazard.kind === 'element'
      ? `raw <${hazard.name}> element is shown as text, not run or embedded`
      : `raw html attribute ${hazard.name.split(' ')[1]} on <${hazard.name.split(' ')[0]}> is removed`;
  return {
    severity: 'warning' as const,
    code: 'content/unsafe-html',
    message: what,
    source: source.id,
    repo: source.repoUrl,
    commit: source.commit,
    file: doc.from,
    line,
    column,
    hint: 'upstream html may not run code on the site; use markdown instead, or mark the source `trusted: true` if its maintainers are trusted with that',
  };
}
