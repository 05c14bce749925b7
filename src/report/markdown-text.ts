/** Small pieces of generated markdown (the summary is written, never parsed, so plain text building is enough). */

/** Escapes text so markdown and table syntax in upstream messages shows literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** `code`, with a fence long enough for backticks inside. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

export function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

export function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/** Bullet lines for the first `max` items, then one line saying how many were left out. */
export function bulletList(items: readonly string[], max: number): string[] {
  const lines = items.slice(0, max).map((item) => `- ${item}`);
  if (items.length > max) lines.push(`- … and ${items.length - max} more`);
  return lines;
}

/** A collapsed block (GitHub renders `<details>`); the blank lines keep markdown inside working. */
export function details(summary: string, body: readonly string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
