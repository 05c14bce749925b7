import type { BlockContent, Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Docusaurus' admonition keywords and the label it shows when the author gives none. */
const ADMONITION_LABELS: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  info: 'Info',
  warning: 'Warning',
  danger: 'Danger',
  caution: 'Caution',
  important: 'Important',
  success: 'Success',
  secondary: 'Note',
};

export const ADMONITION_KEYWORDS = Object.keys(ADMONITION_LABELS);

/**
 * `:::note[Title]` … `:::` becomes a blockquote that starts with the label in bold (`> **Title**`), the
 * shape every Markdown reader shows as a callout; nested admonitions are converted too (inner ones first).
 */
export function admonitionsToQuotes(tree: Root): void {
  visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
    const defaultLabel = ADMONITION_LABELS[node.name];
    if (defaultLabel === undefined || !parent || index === undefined) return;
    admonitionsToQuotes({ type: 'root', children: node.children as Root['children'] });
    const [first, ...rest] = node.children;
    const hasLabel = isDirectiveLabel(first);
    const label: PhrasingContent[] =
      hasLabel && toString(first).trim() !== '' ? first.children : [{ type: 'text', value: node.attributes?.title || defaultLabel }];
    const heading: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: label }] };
    const quote: Blockquote = { type: 'blockquote', children: [heading, ...((hasLabel ? rest : node.children) as BlockContent[])] };
    parent.children.splice(index, 1, quote);
    return 'skip';
  });
}

function isDirectiveLabel(node: unknown): node is Paragraph {
  const candidate = node as (Paragraph & { data?: { directiveLabel?: boolean } }) | undefined;
  return candidate?.type === 'paragraph' && candidate.data?.directiveLabel === true;
}
