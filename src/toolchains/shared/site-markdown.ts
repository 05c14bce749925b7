/**
 * The site's own markdown for what toolchains express in syntax of their own: Docusaurus admonitions
 * (`:::note[Title]`), collapsible blocks (`<details>`), and tabs (`::::tabs` holding `:::tab[Label]`, rendered with
 * the site's Tabs component, see src/site/markdown/remark-tabs.ts). Bodies are markdown, already dedented.
 */

/** Docusaurus' admonition types; other names map to the closest (see admonitionType). */
export const ADMONITION_TYPES = ['note', 'tip', 'info', 'warning', 'danger'] as const;
export type AdmonitionType = (typeof ADMONITION_TYPES)[number];

/** The fence of a container directive around `body`: one colon more than any directive fence inside it. */
function fenceFor(body: string, minimum = 3): string {
  let longest = 0;
  for (const match of body.matchAll(/^[ \t]*(:{3,})/gm)) longest = Math.max(longest, match[1]!.length);
  return ':'.repeat(Math.max(minimum, longest + 1));
}

/** `[` `]` and backslashes in a directive label are written escaped. */
function label(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

export function admonition(type: AdmonitionType, title: string | undefined, body: string, eol = '\n'): string {
  const fence = fenceFor(body);
  const heading = title === undefined || title.trim() === '' ? '' : `[${label(title.trim())}]`;
  return `${fence}${type}${heading}${eol}${eol}${body.trimEnd()}${eol}${eol}${fence}`;
}

/** A collapsible block; its body is markdown (blank lines around it keep it markdown inside html). */
export function details(summary: string, body: string, open: boolean, eol = '\n'): string {
  return `<details${open ? ' open' : ''}>${eol}<summary>${escapeHtml(summary)}</summary>${eol}${eol}${body.trimEnd()}${eol}${eol}</details>`;
}

export function tabs(items: readonly { label: string; body: string }[], eol = '\n'): string {
  const bodies = items.map((item) => item.body).join(eol);
  const inner = fenceFor(bodies);
  const outer = ':'.repeat(inner.length + 1);
  const tabTexts = items.map((item) => `${inner}tab[${label(item.label)}]${eol}${eol}${item.body.trimEnd()}${eol}${eol}${inner}`);
  return `${outer}tabs${eol}${eol}${tabTexts.join(eol + eol)}${eol}${eol}${outer}`;
}

/** A fenced code block of `code` whose fence is longer than any backtick run inside it. */
export function codeBlock(code: string, language = '', eol = '\n'): string {
  let longest = 0;
  for (const match of code.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}${eol}${code.replace(/\r?\n$/, '')}${eol}${fence}`;
}

/** The closest Docusaurus admonition for a toolchain's type name (mkdocs' `abstract`, `bug`, …; Docsy's `alert` colors). */
export function admonitionType(name: string): AdmonitionType {
  const lower = name.toLowerCase();
  if ((ADMONITION_TYPES as readonly string[]).includes(lower)) return lower as AdmonitionType;
  return ADMONITION_ALIASES[lower] ?? 'note';
}

const ADMONITION_ALIASES: Record<string, AdmonitionType> = {
  abstract: 'info', summary: 'info', tldr: 'info', todo: 'info', question: 'info', help: 'info', faq: 'info', example: 'info', quote: 'note', cite: 'note',
  success: 'tip', check: 'tip', done: 'tip', hint: 'tip', important: 'info', seealso: 'note', primary: 'info', secondary: 'note', light: 'note', dark: 'note',
  caution: 'warning', attention: 'warning', failure: 'danger', fail: 'danger', missing: 'danger', bug: 'danger', error: 'danger', alert: 'danger',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}
