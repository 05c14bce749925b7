import { unified } from 'unified';
import { applyEdits, recordEditSpans } from '../markdown/apply-edits.js';
import { analyzeDoc } from '../markdown/analyze-doc.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { convertGithubAlerts } from './convert-github-alerts.js';
import { mergeFrontMatter } from './merge-front-matter.js';
import { setAsideTooDeepBlocks } from '../markdown/find-too-deep-blocks.js';
import { fenceTooDeepBlocks } from './fence-too-deep-blocks.js';
import { guardRawHtml } from './guard-raw-html.js';
import { keepMdxCodeBlocks } from './keep-mdx-code-blocks.js';
import { reportAccessibility } from './report-accessibility.js';
import { limitHighlightRanges } from './limit-highlight-ranges.js';
import { rewriteHtmlLinks } from './rewrite-html-links.js';
import { rewriteMarkdownLinks } from './rewrite-markdown-links.js';
import type { TransformInput, TransformResult, TransformState } from './types.js';

/**
 * Rewrites one doc for the site: links and images, raw html URLs and tags, GitHub alerts, front matter, blocks
 * nested too deeply to render, code blocks Docusaurus would unwrap, highlight ranges too large to list; warns
 * about what makes the page hard to use (see findAccessibilityProblems).
 * The plugins read the doc's outline (parsed once, by the collect stage) and push edits at node offsets and everything outside the edited spans
 * stays byte for byte as upstream wrote it. MDX (trusted sources only) gets its links and front matter
 * rewritten and nothing else.
 */
export function transformDoc(input: TransformInput): TransformResult {
  // without an analysis, the full tree: the plugins read it as they read the outline
  const analysis = input.doc.analysis ?? analyzeDoc(input.text, parseMarkdown(input.text));
  const tree = input.doc.analysis ? analysis.outline : setAsideTooDeepBlocks(parseMarkdown(input.text));
  // an MDX page's first paragraph may be its imports, which markdown parses as text
  const state = createState(input, input.doc.format === 'mdx' ? undefined : analysis.description);
  const processor = unified().use(fenceTooDeepBlocks, state).use(rewriteMarkdownLinks, state).use(rewriteHtmlLinks, state).use(limitHighlightRanges, state);
  if (input.doc.format !== 'mdx') processor.use(convertGithubAlerts, state);
  processor.use(guardRawHtml, state);
  processor.use(mergeFrontMatter, state).use(keepMdxCodeBlocks, state).runSync(tree);
  reportAccessibility(state, analysis.accessibility);
  return { content: applyEdits(input.text, state.edits), diagnostics: state.diagnostics, edits: recordEditSpans(state.edits) };
}

function createState(input: TransformInput, description: string | undefined): TransformState {
  const { source, doc } = input;
  return {
    input,
    ...(description !== undefined ? { description } : {}),
    text: input.text,
    eol: lineEnding(input.text),
    linkContext: { index: input.index, source, doc: { from: doc.from, to: doc.to, ...(doc.translation ? { translation: { locale: doc.translation.locale, englishFrom: doc.translation.englishFrom } } : {}) } },
    edits: [],
    diagnostics: [],
  };
}

/** The document's line ending, from its first line (CRLF files stay CRLF). */
function lineEnding(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
