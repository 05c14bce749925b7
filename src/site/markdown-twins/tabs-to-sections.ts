import type { Heading, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { SKIP, visit } from 'unist-util-visit';

interface Tab {
  label: PhrasingContent[];
  body: RootContent[];
}

/**
 * Tabs become one headed section per tab, one level below the heading they follow (`## Install` then
 * `### Linux`, `### macOS`): a reader of the Markdown sees every tab, in order, each under its label. Both
 * spellings the site renders as tabs are read: the `:::tabs` / `:::tab[Label]` directives the sync writes and
 * the `<Tabs>` / `<TabItem label>` of trusted MDX pages.
 */
export function tabsToSections(tree: Root | Parent, outerDepth = 1): void {
  let depth = outerDepth;
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') depth = (node as Heading).depth;
    const tabs = readTabs(node as RootContent);
    if (!tabs || !parent || index === undefined) return undefined;
    const sectionDepth = Math.min(depth + 1, 6) as Heading['depth'];
    const sections = tabs.flatMap((tab): RootContent[] => {
      const body: Root = { type: 'root', children: tab.body };
      tabsToSections(body, sectionDepth);
      return [{ type: 'heading', depth: sectionDepth, children: tab.label }, ...body.children];
    });
    parent.children.splice(index, 1, ...(sections as typeof parent.children));
    return [SKIP, index + sections.length];
  });
}

function readTabs(node: RootContent): Tab[] | undefined {
  if (node.type === 'containerDirective' && node.name === 'tabs') {
    return node.children.filter(isTabDirective).map(readDirectiveTab);
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Tabs') {
    return node.children.filter(isTabElement).map((tab) => ({
      label: [{ type: 'text', value: readAttribute(tab, 'label') ?? readAttribute(tab, 'value') ?? 'Tab' }],
      body: tab.children as RootContent[],
    }));
  }
  return undefined;
}

function isTabDirective(node: RootContent): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === 'tab';
}

function isTabElement(node: RootContent): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === 'TabItem';
}

function readDirectiveTab(tab: ContainerDirective): Tab {
  const [first, ...rest] = tab.children;
  const label = first as { type: string; children?: PhrasingContent[]; data?: { directiveLabel?: boolean } } | undefined;
  if (label?.type === 'paragraph' && label.data?.directiveLabel) {
    return { label: label.children ?? [], body: rest as RootContent[] };
  }
  return { label: [{ type: 'text', value: 'Tab' }], body: tab.children as RootContent[] };
}

function readAttribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
