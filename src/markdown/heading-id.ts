import type { Heading, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * A heading's text and explicit id the way Docusaurus reads them (mdx-loader `headings` plugin):
 * an html comment `<!-- #id -->` as last child wins, then a classic `{#id}` at the end of the text;
 * html children do not count towards the text.
 */
export function readHeadingId(heading: Heading): { text: string; explicitId?: string } {
  const last = heading.children.at(-1);
  const commentId = last?.type === 'html' ? readCommentId(last.value) : undefined;
  const children = commentId ? heading.children.slice(0, -1) : heading.children;
  const text = headingText(children, heading);
  if (commentId) return { text: text.trimEnd(), explicitId: commentId };
  const classic = /\s*\{#(?<id>(?:.(?!\{#|\}))*.)\}$/.exec(text);
  if (classic?.groups?.id) return { text: text.slice(0, classic.index), explicitId: classic.groups.id.trim() };
  return { text };
}

function headingText(children: PhrasingContent[], heading: Heading): string {
  const textual = children.filter((child) => child.type !== 'html');
  return toString(textual.length > 0 ? textual : heading);
}

function readCommentId(html: string): string | undefined {
  const comment = /^<!--([\s\S]*)-->$/.exec(html)?.[1];
  const first = comment?.trim().split(' ')[0];
  return first?.startsWith('#') ? first.slice(1) || undefined : undefined;
}
