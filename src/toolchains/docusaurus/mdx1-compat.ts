/**
 * Docusaurus reads MDX with MDX 1 compatibility (`markdown.mdx1Compat`, on by default): html comments and
 * `{#id}` heading ids are allowed. This is the text with those written so MDX 2 parses them (comments as
 * `{/* *\/}` expressions, heading ids blanked), every offset kept: the tree's positions are the page's.
 */
export function maskMdx1Syntax(text: string): string {
  return text
    .replace(/<!--([\s\S]*?)-->/g, (_all, inner: string) => `{/* ${inner.replace(/\*\//g, '* ')}*/}`)
    .replace(/^([ \t]{0,3}#{1,6}[ \t][^\n]*?)(\{#[^}\n]*\})([ \t]*)$/gm, (_all, heading: string, id: string, after: string) => `${heading}${' '.repeat(id.length)}${after}`);
}
