// @ts-check
/**
 * Rspack loader for Docusaurus' generated route registry (`registry.js`) in the dev server: replaces every
 * `require.resolveWeak(…)` by `undefined`.
 *
 * Each registry entry is `[() => import(page), page, require.resolveWeak(page)]`. Lazy compilation defers the
 * `import()`, but Rspack still builds every weakly referenced module, so the dev server compiled the Markdown
 * of every page before serving the first one. The weak module id only lets a server-rendered page find its
 * chunks already loaded when it hydrates; the dev server renders in the browser, where an entry without an id is
 * loaded through its `import()`, as it was anyway. Plain JavaScript because Rspack loads loaders itself.
 */
import { parse } from 'acorn';
import { simple } from 'acorn-walk';

/**
 * @param {string} source the registry module
 * @returns {string} the module with no weak references
 */
export default function dropWeakReferences(source) {
  /** @type {{ start: number, end: number }[]} */
  const calls = [];
  simple(parse(source, { ecmaVersion: 'latest', sourceType: 'module' }), {
    CallExpression(node) {
      const callee = node.callee;
      if (callee.type !== 'MemberExpression' || callee.computed) return;
      if (callee.object.type === 'Identifier' && callee.object.name === 'require' && callee.property.type === 'Identifier' && callee.property.name === 'resolveWeak') calls.push(node);
    },
  });
  let result = '';
  let from = 0;
  for (const call of calls.sort((a, b) => a.start - b.start)) {
    result += `${source.slice(from, call.start)}undefined`;
    from = call.end;
  }
  return result + source.slice(from);
}
