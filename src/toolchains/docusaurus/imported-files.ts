import { posix } from 'node:path';
import type { Root } from 'mdast';
import type { DocEditor } from '../shared/doc-editor.js';
import { splitFrontMatter } from '../shared/front-matter.js';
import type { Conversion } from '../types.js';
import type { EsNode } from './static-value.js';

/** How deep partials may import partials (a cycle stops there). */
const MAX_DEPTH = 5;

/** The files a page imports for their content: markdown partials (converted) and raw-loader sources (as written). */
export interface ImportedFiles {
  partials: Map<string, string>;
  raw: Map<string, string>;
  problems: Conversion['problems'];
}

/**
 * The files a page imports for their content. A markdown partial (`import Setup from './_setup.mdx'`, `@site/…`)
 * is converted as a page of its own (`convert`, links rebased to the importing page) so that `<Setup />` is
 * replaced by its content, as Docusaurus renders it; a raw-loader import (`!!raw-loader!./example.py`) is the
 * file's text, for a CodeBlock to show. Their files are dependencies of the page; problems name their file.
 */
export async function readImportedFiles(
  editor: DocEditor,
  tree: Root,
  siteDir: string,
  depth: number,
  read: (path: string) => Promise<string | undefined>,
  convert: (doc: { path: string; text: string }) => Promise<Conversion>,
): Promise<ImportedFiles> {
  const partials = new Map<string, string>();
  const raw = new Map<string, string>();
  const problems: Conversion['problems'] = [];
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of ((node.data?.estree as unknown as EsNode | undefined)?.body as EsNode[] | undefined) ?? []) {
      const source = (statement.source as EsNode | undefined)?.value;
      const local = ((statement.specifiers as EsNode[] | undefined) ?? []).find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local as EsNode | undefined;
      if (statement.type !== 'ImportDeclaration' || typeof source !== 'string' || typeof local?.name !== 'string') continue;
      const rawSource = /^!!?raw-loader!(.+)$/.exec(source)?.[1];
      if (rawSource === undefined && !/\.mdx?$/i.test(source)) continue;
      const path = resolveImport(rawSource ?? source, editor.path, siteDir);
      if (path === undefined) continue;
      editor.dependsOn(path);
      if (rawSource !== undefined) {
        const text = await read(path);
        if (text !== undefined) raw.set(local.name, text);
        continue;
      }
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
  return { partials, raw, problems };
}

/** A relative or `@site/` import as a snapshot path; packages are not files of the source. */
function resolveImport(source: string, from: string, siteDir: string): string | undefined {
  if (source.startsWith('@site/')) return posix.join(siteDir, source.slice('@site/'.length));
  return /^\.\.?\//.test(source) ? posix.join(posix.dirname(from), source) : undefined;
}
