import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { MAX_NESTING, type TooDeepBlock } from '../markdown/find-too-deep-blocks.js';
import { warnAt } from './transform-warning.js';
import type { TransformState } from './types.js';

/**
 * A top-level block nested deeper than the site can render (set aside by setAsideTooDeepBlocks, so no other
 * plugin reads inside it) is shown as its source text, in a code block, and reported: the rest of the page is
 * built as usual.
 */
export const fenceTooDeepBlocks: Plugin<[TransformState], Root> = (state) => (tree) => {
  const blocks = (tree.data as { tooDeep?: TooDeepBlock[] } | undefined)?.tooDeep ?? [];
  for (const block of blocks) {
    const source = state.text.slice(block.start, block.end);
    const fence = '`'.repeat(Math.max(3, longestRun(source, '`') + 1));
    state.edits.push({ start: block.start, end: block.end, text: `${fence}text${state.eol}${source}${state.eol}${fence}` });
    warnAt(state, block.start, {
      code: 'content/too-deep',
      message: `this block nests ${block.depth} levels deep, more than the site can render (${MAX_NESTING}): it is shown as its source text`,
      hint: 'flatten the lists, quotes or html elements of this block',
    });
  }
};

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
