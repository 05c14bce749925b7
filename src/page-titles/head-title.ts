import { stringify } from 'yaml';
import { HEAD_TITLE_KEY } from './head-title-key.js';

/**
 * The page with `head_title` added as the last line of its front matter (the front matter the transform or a
 * generator wrote: it starts at the first line and ends at the next `---` line). Everything else stays byte for
 * byte, so the page's line numbers below the front matter shift by exactly one line.
 */
export function addHeadTitle(text: string, title: string): string | undefined {
  const end = frontMatterEnd(text);
  if (end === undefined) return undefined;
  const eol = text.startsWith('---\r\n') ? '\r\n' : '\n';
  const line = `${HEAD_TITLE_KEY}: ${stringify(title, { lineWidth: 0 }).trimEnd()}${eol}`;
  return text.slice(0, end) + line + text.slice(end);
}

/** The offset of the closing `---` line of the front matter at the start of `text`. */
function frontMatterEnd(text: string): number | undefined {
  const first = /^---\r?\n/.exec(text);
  if (!first) return undefined;
  for (let start = first[0].length; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const line = text.slice(start, newline === -1 ? text.length : newline).replace(/\r$/, '');
    if (line === '---') return start;
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}
