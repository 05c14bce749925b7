/** The line highlight range of a code block's meta string, as the site's code block reads it (`{1,3-5}`). */
export const HIGHLIGHT_RANGE = /\{(?<range>[\d,-]+)\}/;

/**
 * How many line numbers a highlight range stands for. The site's code block expands the range into a list of
 * every number in it (parse-numeric-range), at build time and in the reader's browser.
 */
export function countHighlightedLines(range: string): number {
  let count = 0;
  for (const part of range.split(',')) {
    const span = /^(-?\d+)-(-?\d+)$/.exec(part.trim());
    if (span) count += Math.abs(Number(span[2]) - Number(span[1])) + 1;
    else if (/^-?\d+$/.test(part.trim())) count += 1;
  }
  return count;
}
