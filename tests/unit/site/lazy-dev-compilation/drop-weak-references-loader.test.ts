import { describe, expect, it } from 'vitest';
import dropWeakReferences from '../../../../src/site/plugins/lazy-dev-compilation/drop-weak-references-loader.mjs';

/** A route registry in the shape Docusaurus generates (`registry.js`): loader, aliased path, weak module id. */
function registryOf(pages: readonly string[]): string {
  const entries = pages.map((page, index) => `  "chunk-${index}": [() => import(/* webpackChunkName: "chunk-${index}" */ "${page}"), "${page}", require.resolveWeak("${page}")],`);
  return `export default {\n${entries.join('\n')}\n};\n`;
}

/** Runs a module the way the browser would, with no CommonJS `require` around. */
async function evaluate(source: string): Promise<Record<string, [unknown, unknown, unknown]>> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: Record<string, [unknown, unknown, unknown]> };
  return module.default;
}

describe('the dev server route registry without weak references', () => {
  const pages = ['@site/content/standards/scs-0100.md', '@theme/DocItem', '@site/src/pages/index.tsx'];

  it('keeps every entry loadable through its import, with no module id to find it already loaded', async () => {
    const registry = await evaluate(dropWeakReferences(registryOf(pages)));
    expect(Object.values(registry).map(([load, path, id]) => [typeof load, path, id])).toEqual(pages.map((page) => ['function', page, undefined]));
  });

  it('keeps the chunk names the bundler reads from the comments', () => {
    const result = dropWeakReferences(registryOf(pages));
    expect(result).toContain('import(/* webpackChunkName: "chunk-1" */ "@theme/DocItem")');
    expect(result).not.toContain('require.resolveWeak');
  });

  it('leaves the same words in strings and comments, and other calls, as they are', () => {
    const source = `// require.resolveWeak("a") is dropped\nexport const text = 'require.resolveWeak("b")';\nexport const other = require.resolve("c");\n`;
    expect(dropWeakReferences(source)).toBe(source);
  });
});
