import { posix } from 'node:path';
import type { Root } from 'mdast';
import type { DocEditor } from '../shared/doc-editor.js';
import { splitFrontMatter } from '../shared/front-matter.js';
import type { Conversion } from '../types.js';
import type { EsNode } from './static-value.js';

/** How deep partials may import partials (a cycle stops there). */
const MAX_DEPTH = 5;

/**
 * The markdown partials a page imports (`import Setup from './_setup.mdx'`, `@site/…`), each converted as a
 * page of its own (`convert`, links rebased to the importing page) so that `<Setup />` is replaced by its
 * content, as Docusaurus renders it. Their files are dependencies of the page; their problems name their file.
 */
export async function readPartials(
  editor: DocEditor,
  tree: Root,
  siteDir: string,
  depth: number,
  read: (path: string) => Promise<string | undefined>,
  convert: (doc: { path: string; text: string }) => Promise<Conversion>,
): Promise<{ partials: Map<string, string>; problems: Conversion['problems'] }> {
  const partials = new Map<string, string>();
  const problems: Conversion['problems'] = [];
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of ((node.data?.estree as unknown as EsNode | undefined)?.body as EsNode[] | undefined) ?? []) {
      const source = (statement.source as EsNode | undefined)?.value;
      const local = ((statement.specifiers as EsNode[] | undefined) ?? []).find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local as EsNode | undefined;
      if (statement.type !== 'ImportDeclaration' || typeof source !== 'string' || !/\.mdx?$/i.test(source) || typeof local?.name !== 'string') continue;
      const path = source.startsWith('@site/') ? posix.join(siteDir, source.slice('@site/'.length)) : /^\.\.?\//.test(source) ? posix.join(posix.dirname(editor.path), source) : undefined;
      if (path === undefined) continue;
      editor.dependsOn(path);
      if (depth >= MAX_DEPTH) {
        editor.problem((statement.start as number | undefined) ?? 0, { code: 'toolchain/unconverted', construct: source, message: `partial ${source} is imported ${MAX_DEPTH} partials deep (a cycle?): not inlined` });
        continue;
      }
      const text = await read(path);
      if (text === undefined) continue;
      const converted = await convert({ path, text });
      for (const dependency of converted.dependencies) editor.dependsOn(dependency);
      problems.push(...converted.problems.map((problem) => ({ ...problem, file: problem.file ?? path })));
      partials.set(local.name, converted.text.slice(splitFrontMatter(converted.text).bodyStart).trim());
    }
  }
  return { partials, problems };
}
