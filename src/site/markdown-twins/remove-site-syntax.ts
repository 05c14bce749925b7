import type { Parent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-mdx';
import { SKIP, visit } from 'unist-util-visit';

/** Elements whose content the page shows without them: JSX, and the directives no site plugin renders. */
const UNWRAPPED = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'containerDirective', 'leafDirective']);
/** Nodes only the site's build reads: front matter (the twin writes its own), MDX imports/exports and expressions. */
const SITE_ONLY = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * Leaves what a reader sees: front matter, `import`/`export` and `{expressions}` are removed; a JSX element (of
 * a trusted MDX page) or a directive no site plugin renders gives way to its children, whose text the page
 * shows (an element without children, such as a component that renders data, is removed), and an unused text
 * directive is text again. Tabs and admonitions are converted before this runs.
 */
export function removeSiteSyntax(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (SITE_ONLY.has(node.type)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'textDirective') {
      // a text directive no plugin of the site uses is shown as it was written (Docusaurus does the same)
      const label = node.children.length > 0 ? [{ type: 'text', value: '[' }, ...node.children, { type: 'text', value: ']' }] : [];
      parent.children.splice(index, 1, ...([{ type: 'text', value: `:${node.name}` }, ...label] as typeof parent.children));
      return [SKIP, index + 1];
    }
    if (UNWRAPPED.has(node.type)) {
      parent.children.splice(index, 1, ...((node as Parent).children as RootContent[] as typeof parent.children));
      return [SKIP, index]; // visit the children in their new place
    }
    return undefined;
  });
}
