import type { Root } from 'mdast';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import type { DocEditor } from '../shared/doc-editor.js';
import { runStages, type Stage } from '../shared/run-stages.js';
import type { Conversion } from '../types.js';
import { applyAbbreviations } from './abbreviations.js';
import { convertAttributeLists } from './attribute-lists.js';
import { convertBlocks, type BlockSyntax } from './convert-blocks.js';
import { rewriteDirectoryLinks, type SiteUrls } from './directory-links.js';
import { expandSnippets, type SnippetsSetup } from './expand-snippets.js';
import { convertInlineExtensions, type InlineSyntax } from './inline-extensions.js';
import { renderMacros, type MacrosSetup } from './render-macros.js';

/** What converting a page of an mkdocs site needs to know about the site. */
export interface PageSite {
  read(path: string): Promise<string | undefined>;
  paths: ReadonlySet<string>;
  macros?: MacrosSetup;
  snippets?: SnippetsSetup;
  blocks: BlockSyntax;
  attributeLists: boolean;
  abbreviations: boolean;
  inline: InlineSyntax;
  urls: SiteUrls;
}

/**
 * A page in mkdocs' order: the macros plugin renders the page text, pymdownx.snippets inserts snippets, then
 * Python-Markdown reads it (indented blocks first, then what sits inside blocks: attributes, abbreviations, links).
 */
export function convertPage(doc: { path: string; text: string }, site: PageSite): Promise<Conversion> {
  const stages: Stage[] = [];
  if (site.macros) stages.push((editor) => renderMacros(editor, site.macros!, site.read));
  if (site.snippets) stages.push((editor) => expandSnippets(editor, site.snippets!, site.paths, site.read));
  // big pages take long to parse: the block pass's tree serves the inline pass too when no block changed
  let inlineDone = false;
  stages.push((editor) => {
    const tree = parseMarkdown(editor.text);
    if (convertBlocks(editor, site.blocks, tree)) return;
    convertInline(editor, tree, site);
    inlineDone = true;
  });
  stages.push((editor) => {
    if (!inlineDone) convertInline(editor, parseMarkdown(editor.text), site);
  });
  return runStages(doc, stages);
}

/** What Python-Markdown reads inside blocks: attribute lists, inline extensions, abbreviations, links. */
function convertInline(editor: DocEditor, tree: Root, site: PageSite): void {
  if (site.attributeLists) convertAttributeLists(editor, tree);
  convertInlineExtensions(editor, tree, site.inline);
  if (site.abbreviations) applyAbbreviations(editor, tree);
  rewriteDirectoryLinks(editor, tree, site.urls);
}
