import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { SKIP, visit } from 'unist-util-visit';

/** Nodes only the site's build reads: front matter (the twin writes its own), MDX imports/exports and expressions. */
const SITE_ONLY = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * Leaves what a reader sees: front matter, `import`/`export` and `{expressions}` are removed, and a JSX
 * element (of a trusted MDX page) gives way to its children, whose text the page shows (an element without
 * children, such as a component that renders data, is removed). Tabs are converted before this runs.
 */
export function removeSiteSyntax(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (SITE_ONLY.has(node.type)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      parent.children.splice(index, 1, ...(node.children as RootContent[] as typeof parent.children));
      return [SKIP, index]; // visit the children in their new place
    }
    return undefined;
  });
}
