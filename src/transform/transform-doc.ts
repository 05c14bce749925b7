import { unified } from 'unified';
import { applyEdits, recordEditSpans } from '../markdown/apply-edits.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { convertGithubAlerts } from './convert-github-alerts.js';
import { mergeFrontMatter } from './merge-front-matter.js';
import { setAsideTooDeepBlocks } from '../markdown/find-too-deep-blocks.js';
import { fenceTooDeepBlocks } from './fence-too-deep-blocks.js';
import { guardRawHtml } from './guard-raw-html.js';
import { keepMdxCodeBlocks } from './keep-mdx-code-blocks.js';
import { limitHighlightRanges } from './limit-highlight-ranges.js';
import { rewriteHtmlLinks } from './rewrite-html-links.js';
import { rewriteMarkdownLinks } from './rewrite-markdown-links.js';
import type { TransformInput, TransformResult, TransformState } from './types.js';

/**
 * Rewrites one doc for the site: links and images, raw html URLs and tags, GitHub alerts, front matter, blocks
 * nested too deeply to render, code blocks Docusaurus would unwrap, highlight ranges too large to list.
 * The plugins read the doc's outline (parsed once, by the collect stage) and push edits at node offsets and everything outside the edited spans
 * stays byte for byte as upstream wrote it. MDX (trusted sources only) gets its links and front matter
 * rewritten and nothing else.
 */
export function transformDoc(input: TransformInput): TransformResult {
  // without an analysis, the full tree: the plugins read it as they read the outline
  const tree = input.doc.analysis?.outline ?? setAsideTooDeepBlocks(parseMarkdown(input.text));
  const state = createState(input);
  const processor = unified().use(fenceTooDeepBlocks, state).use(rewriteMarkdownLinks, state).use(rewriteHtmlLinks, state).use(limitHighlightRanges, state);
  if (input.doc.format !== 'mdx') processor.use(convertGithubAlerts, state);
  processor.use(guardRawHtml, state);
  processor.use(mergeFrontMatter, state).use(keepMdxCodeBlocks, state).runSync(tree);
  return { content: applyEdits(input.text, state.edits), diagnostics: state.diagnostics, edits: recordEditSpans(state.edits) };
}

function createState(input: TransformInput): TransformState {
  const { source, doc } = input;
  return {
    input,
    text: input.text,
    eol: lineEnding(input.text),
    linkContext: { index: input.index, source, doc: { from: doc.from, to: doc.to } },
    edits: [],
    diagnostics: [],
  };
}

/** The document's line ending, from its first line (CRLF files stay CRLF). */
function lineEnding(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
