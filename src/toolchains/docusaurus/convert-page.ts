import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { createDocEditor } from '../shared/doc-editor.js';
import type { Conversion, SourceSnapshot } from '../types.js';
import { convertLinks, convertMdxTree } from './convert-mdx.js';
import type { DocIndex } from './doc-index.js';
import { maskMdx1Syntax } from './mdx1-compat.js';
import { parseMdx } from './parse-mdx.js';
import { readImportedFiles } from './imported-files.js';
import { docusaurusUrlResolver } from './resolve-url.js';
import type { DocusaurusSite } from './site-config.js';

export interface DocusaurusContext {
  site: DocusaurusSite;
  index: DocIndex;
  snapshot: SourceSnapshot;
  trusted: boolean;
}

/**
 * One page into the site's markdown. Pages Docusaurus reads as MDX (`.mdx`, and `.md` unless the config's
 * `markdown.format` says otherwise) are parsed as MDX and, unless they stay MDX (`.mdx` of a trusted source),
 * converted to CommonMark, the partials they import inlined; a page that is not valid MDX is read as CommonMark.
 * Links are resolved in all.
 */
export function convertDocusaurusPage(doc: { path: string; text: string }, context: DocusaurusContext): Promise<Conversion> {
  return convertDoc(doc, context, doc.path, 0);
}

/** A page, or a partial inlined into `linkFrom` (its links then written from there), `depth` partials deep. */
async function convertDoc(doc: { path: string; text: string }, context: DocusaurusContext, linkFrom: string, depth: number): Promise<Conversion> {
  const editor = createDocEditor(doc);
  const resolve = docusaurusUrlResolver(context.site, context.index, context.snapshot.paths, { path: doc.path, ...withDoc(context.index, doc.path) }, linkFrom);
  const isMdx = /\.mdx$/i.test(doc.path);
  if (isMdx || context.site.markdownFormat === 'mdx') {
    const parsed = parseMdx(maskMdx1Syntax(doc.text));
    if ('tree' in parsed) {
      if (isMdx && context.trusted) {
        convertLinks(editor, parsed.tree, resolve);
        return editor.finish();
      }
      const read = async (path: string) => (await context.snapshot.read([path])).get(path)?.toString('utf8');
      const imported = await readImportedFiles(editor, parsed.tree, context.site.dir, depth, read, (partial) => convertDoc(partial, context, linkFrom, depth + 1));
      convertMdxTree(editor, parsed.tree, resolve, imported);
      const conversion = editor.finish();
      return { ...conversion, problems: [...conversion.problems, ...imported.problems] };
    }
    const at = parsed.line !== undefined ? offsetOfLine(doc.text, parsed.line, parsed.column ?? 1) : 0;
    editor.problem(at, { code: 'toolchain/mdx-error', message: `not valid MDX (${parsed.error}): read as CommonMark`, severity: isMdx ? 'warning' : 'info' });
  }
  convertLinks(editor, parseMarkdown(doc.text), resolve);
  return editor.finish();
}

function withDoc(index: DocIndex, path: string) {
  const doc = index.byPath.get(path);
  return doc ? { doc } : {};
}

function offsetOfLine(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset !== -1; current += 1) offset = text.indexOf('\n', offset) + 1 || -1;
  return offset === -1 ? 0 : offset + column - 1;
}
