import { createRequire } from 'node:module';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { transformDoc } from '../../../src/transform/transform-doc.js';
import { fixtureInput } from './fixture-world.js';

const require = createRequire(import.meta.url);
const { validateDocFrontMatter } = require('@docusaurus/plugin-content-docs/lib/frontMatter.js') as {
  validateDocFrontMatter: (frontMatter: Record<string, unknown>) => Record<string, unknown>;
};

describe('transformDoc output in Docusaurus', () => {
  it.each([{}, { history: 'uncommitted' as const }])('writes front matter that Docusaurus validation accepts (%o)', (options) => {
    const text = '---\ntitle: Flavors\nsidebar_position: 3\nunknown_upstream_key: kept\n---\n# Flavors\n';
    const { content } = transformDoc(fixtureInput(text, options));
    const frontMatter = matter(content, {}).data;
    expect(() => validateDocFrontMatter(frontMatter)).not.toThrow();
    expect(frontMatter).toMatchObject({ title: 'Flavors', unknown_upstream_key: 'kept', source: { id: 'guide', path: 'docs/overview.md' } });
  });

  it('writes alerts that parse as admonition directives, with their title as label', () => {
    const text = '# T\n\n> [!WARNING] Mind the gap\n> Body with :::colons and a nested\n>\n> :::note\n> inner\n> :::\n';
    const tree = parseMarkdown(transformDoc(fixtureInput(text, {})).content);
    const directives: { name: string; label?: string }[] = [];
    visit(tree, 'containerDirective', (node) => {
      const label = node.children[0]?.data && 'directiveLabel' in node.children[0].data ? node.children[0] : undefined;
      directives.push({ name: node.name, ...(label && label.type === 'paragraph' ? { label: label.children.map((c) => ('value' in c ? c.value : '')).join('') } : {}) });
    });
    expect(directives).toEqual([{ name: 'warning', label: 'Mind the gap' }, { name: 'note' }]);
  });

  it('leaves a doc without anything to change byte for byte apart from the front matter', () => {
    const body = '# Title\r\n\r\nPlain *text*  \r\nwith [external](https://example.org) links.\r\n';
    const { content, diagnostics } = transformDoc(fixtureInput(`---\r\ntitle: x\r\n---\r\n${body}`, {}));
    expect(content.endsWith(`---\r\n${body}`)).toBe(true);
    expect(diagnostics).toEqual([]);
  });
});
