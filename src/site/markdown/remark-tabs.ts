import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Tabs in the site's markdown: a `tabs` container directive holding `tab` directives, each labelled
 * (`:::tab[Linux]`), becomes the site's Tabs component with one TabItem per tab. The sync writes this for the
 * tabs of every docs toolchain (mkdocs `=== "Label"`, mdbook `{{#tabs}}`, Hugo `{{< tabs >}}`, Docusaurus
 * `<Tabs>`), so CommonMark pages get tabs without any JSX of the upstream's running.
 */
export default function remarkTabs() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective, index, parent: Parent | undefined) => {
      if (node.name !== 'tabs' || !parent || index === undefined) return;
      const tabs = node.children.filter((child): child is ContainerDirective => child.type === 'containerDirective' && child.name === 'tab');
      if (tabs.length === 0) return;
      const values = new Set<string>();
      parent.children[index] = jsx('Tabs', {}, tabs.map((tab) => {
        const { label, body } = splitLabel(tab);
        return jsx('TabItem', { value: uniqueValue(label, values), label }, body);
      }));
    });
  };
}

function splitLabel(tab: ContainerDirective): { label: string; body: RootContent[] } {
  const first = tab.children[0] as (Paragraph & { data?: { directiveLabel?: boolean } }) | undefined;
  if (first?.data?.directiveLabel) return { label: toString(first).trim() || 'Tab', body: tab.children.slice(1) as RootContent[] };
  return { label: 'Tab', body: tab.children as RootContent[] };
}

/** A value per tab (Docusaurus needs them unique within one Tabs). */
function uniqueValue(label: string, taken: Set<string>): string {
  const base = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'tab';
  let value = base;
  for (let n = 2; taken.has(value); n += 1) value = `${base}-${n}`;
  taken.add(value);
  return value;
}

function jsx(name: string, attributes: Record<string, string>, children: RootContent[]): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute' as const, name: key, value })),
    children: children as never,
  };
}
