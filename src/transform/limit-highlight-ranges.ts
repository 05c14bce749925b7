import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { countHighlightedLines, HIGHLIGHT_RANGE } from '../markdown/highlight-range.js';
import { warnAt } from './transform-warning.js';
import type { TransformState } from './types.js';

/** More highlighted lines than any code block has: `{1-100000000}` makes a list of every number in it. */
const MAX_HIGHLIGHTED_LINES = 10_000;

/**
 * A code block's highlight range (` ```js {1,3-5} `) that names more lines than the block could have is taken
 * out of its meta string and reported: the site's code block would list every number in it, and a range like
 * `{1-100000000}` exhausts the memory of the site build.
 */
export const limitHighlightRanges: Plugin<[TransformState], Root> = (state) => (tree) => {
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start.offset;
    if (start === undefined || !node.meta) return;
    const range = HIGHLIGHT_RANGE.exec(node.meta);
    const lines = node.position!.end.line - node.position!.start.line + 1;
    if (!range || countHighlightedLines(range.groups!.range!) <= Math.max(MAX_HIGHLIGHTED_LINES, lines)) return;
    const lineEnd = state.text.indexOf('\n', start);
    const at = state.text.slice(start, lineEnd === -1 ? undefined : lineEnd).indexOf(range[0]);
    if (at === -1) return;
    state.edits.push({ start: start + at, end: start + at + range[0].length, text: '' });
    warnAt(state, start, {
      code: 'content/highlight-range',
      message: `the highlight range ${range[0]} of this code block names ${countHighlightedLines(range.groups!.range!)} lines: it is removed`,
      hint: 'name the lines to highlight, e.g. {1,3-5}',
    });
  });
};
