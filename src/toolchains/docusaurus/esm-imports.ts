import type { MdxjsEsm } from 'mdast-util-mdx';
import type { DocEditor } from '../shared/doc-editor.js';
import type { EsNode } from './static-value.js';

/** The components of Docusaurus' theme the site has its own markdown for. */
export const THEME_COMPONENTS = ['Tabs', 'TabItem', 'Admonition', 'Details', 'CodeBlock'] as const;
export type ThemeComponent = (typeof THEME_COMPONENTS)[number];

/** What a page's imports make of its JSX names. */
export interface ImportedNames {
  /** Local names of theme components (`import Tabs from '@theme/Tabs'`). */
  theme: Map<string, ThemeComponent>;
  /** Local names of markdown partials, with their converted content. */
  partials: ReadonlyMap<string, string>;
  /** Local names of raw-loader imports, with the file's text. */
  raw: ReadonlyMap<string, string>;
}

/**
 * Reads a page's `import`/`export` lines: imports of theme components, partials and raw-loader files are understood
 * (their JSX is converted), every other import (the site's own components, React, packages) and every export is
 * reported. All of them are removed from the page: in the site's CommonMark they would be text, and nothing
 * of them may run.
 */
export function readImports(editor: DocEditor, nodes: readonly MdxjsEsm[], remove: (start: number, end: number) => void, files: Pick<ImportedNames, 'partials' | 'raw'>): ImportedNames {
  const theme = new Map<string, ThemeComponent>();
  for (const node of nodes) {
    const [start, end] = [node.position?.start.offset, node.position?.end.offset];
    if (start === undefined || end === undefined) continue;
    const program = node.data?.estree as unknown as EsNode | undefined;
    for (const statement of (program?.body as EsNode[] | undefined) ?? []) {
      const written = editor.text.slice((statement.start as number | undefined) ?? start, (statement.end as number | undefined) ?? end);
      const source = (statement.source as EsNode | undefined)?.value;
      const component = typeof source === 'string' ? /^@theme(?:-original)?\/(\w+)$/.exec(source)?.[1] : undefined;
      const local = ((statement.specifiers as EsNode[] | undefined) ?? []).find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local as EsNode | undefined;
      if (statement.type === 'ImportDeclaration' && component && (THEME_COMPONENTS as readonly string[]).includes(component) && typeof local?.name === 'string') {
        theme.set(local.name, component as ThemeComponent);
        continue;
      }
      if (statement.type === 'ImportDeclaration' && typeof local?.name === 'string' && (files.partials.has(local.name) || files.raw.has(local.name))) continue;
      const what = statement.type === 'ImportDeclaration' ? `${String(source)} is imported` : 'an export';
      editor.problem((statement.start as number | undefined) ?? start, {
        code: 'toolchain/unconverted',
        construct: short(written),
        message: `MDX ${statement.type === 'ImportDeclaration' ? 'import' : 'export'} removed: ${what}, and the site runs no code from upstream pages`,
      });
    }
    remove(start, editor.text[end] === '\n' ? end + 1 : editor.text.slice(end, end + 2) === '\r\n' ? end + 2 : end);
  }
  return { theme, ...files };
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
