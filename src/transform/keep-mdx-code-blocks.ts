import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { warnAt } from './transform-warning.js';
import type { TransformState } from './types.js';

/**
 * The opening line of a code block Docusaurus unwraps before it parses a page (`unwrapMdxCodeBlocks`, an escape
 * hatch for translated MDX): three or four backticks, optional spaces, `mdx-code-block` and the line's end. It
 * reads the text, not the syntax tree, so it also matches inside other code blocks and html.
 */
const UNWRAPPED_OPENER = /(?<=^|\n) *`{3,4} *mdx-code-block(?=\r?\n)/g;

/**
 * A ```` ```mdx-code-block ```` in a CommonMark page stays the code block it is on GitHub. Docusaurus would put
 * its content into the page as markdown and html that the sync never checked (links, raw html, nesting): a space
 * after the info string (which CommonMark trims) keeps the opener from matching. Reported once per block;
 * trusted MDX pages keep the unwrapping.
 */
export const keepMdxCodeBlocks: Plugin<[TransformState], Root> = (state) => () => {
  if (state.input.doc.format === 'mdx') return;
  const taken = [...state.edits];
  for (const match of state.text.matchAll(UNWRAPPED_OPENER)) {
    const at = match.index + match[0].length;
    if (taken.some((edit) => edit.start < at && at <= edit.end)) continue; // inside text another plugin rewrites
    state.edits.push({ start: at, end: at, text: ' ' });
    warnAt(state, match.index, {
      code: 'content/mdx-code-block',
      message: 'an mdx-code-block is shown as the code block it is: the site unwraps it into the page only in trusted MDX',
      hint: 'write the content as markdown, or mark the block with another language',
    });
  }
};
