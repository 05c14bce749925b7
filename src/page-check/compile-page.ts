import { createRequire } from 'node:module';
import type { SiteMdxOptions } from './site-mdx-options.js';
import type { PageProblem } from './types.js';

const require = createRequire(import.meta.url);

interface DocusaurusLoaderParts {
  compileToJSX(params: { filePath: string; fileContent: string; frontMatter: Record<string, unknown>; options: SiteMdxOptions; compilerName: 'server' | 'client' }): Promise<{ content: string }>;
  parseMarkdownFile(params: { filePath: string; fileContent: string; parseFrontMatter: unknown; removeContentTitle?: boolean }): Promise<{ frontMatter: Record<string, unknown> }>;
  validateDocFrontMatter(frontMatter: Record<string, unknown>): Record<string, unknown>;
}

let loaded: DocusaurusLoaderParts | undefined;

/** Docusaurus' own steps for a doc file, loaded once per thread (they pull in the whole unified/MDX stack). */
function docusaurus(): DocusaurusLoaderParts {
  loaded ??= {
    compileToJSX: (require('@docusaurus/mdx-loader/lib/utils.js') as DocusaurusLoaderParts).compileToJSX,
    parseMarkdownFile: (require('@docusaurus/utils') as DocusaurusLoaderParts).parseMarkdownFile,
    validateDocFrontMatter: (require('@docusaurus/plugin-content-docs/lib/frontMatter.js') as DocusaurusLoaderParts).validateDocFrontMatter,
  };
  return loaded;
}

export type CompiledPage = { ok: true; code: string; format: 'md' | 'mdx' } | { ok: false; problem: PageProblem };

/**
 * What the docs plugin and the MDX loader do with a doc file before the bundler sees it: read and validate
 * its front matter, then compile it to JavaScript with the site's processor (CommonMark for `.md`, MDX for
 * `.mdx`, as `markdown.format: 'detect'` says).
 */
export async function compilePage(filePath: string, text: string, optionsFor: (format: 'md' | 'mdx') => SiteMdxOptions): Promise<CompiledPage> {
  const read = await readDocFrontMatter(filePath, text, optionsFor('md'));
  if (!read.ok) return read;
  const { frontMatter } = read;
  const format = formatOf(filePath, frontMatter);
  try {
    const result = await docusaurus().compileToJSX({ filePath, fileContent: text, frontMatter, options: optionsFor(format), compilerName: 'server' });
    return { ok: true, code: result.content, format };
  } catch (error) {
    return { ok: false, problem: problemOf('compile', error) };
  }
}

/** The docs plugin's reading of a doc's front matter: parsed as the site parses it, then validated. */
export async function readDocFrontMatter(
  filePath: string,
  text: string,
  options: SiteMdxOptions,
): Promise<{ ok: true; frontMatter: Record<string, unknown> } | { ok: false; problem: PageProblem }> {
  const steps = docusaurus();
  try {
    const { frontMatter } = await steps.parseMarkdownFile({ filePath, fileContent: text, parseFrontMatter: options.markdownConfig.parseFrontMatter });
    steps.validateDocFrontMatter(frontMatter);
    if (typeof frontMatter.id === 'string' && frontMatter.id.includes('/')) throw new Error(`Document id "${frontMatter.id}" cannot include slash.`);
    return { ok: true, frontMatter };
  } catch (error) {
    return { ok: false, problem: problemOf('front-matter', error) };
  }
}

function formatOf(filePath: string, frontMatter: Record<string, unknown>): 'md' | 'mdx' {
  const declared = (frontMatter.mdx as { format?: unknown } | undefined)?.format;
  if (declared === 'md' || declared === 'mdx') return declared;
  return filePath.toLowerCase().endsWith('.md') ? 'md' : 'mdx';
}

/** The error's own message (MDX wraps the cause in a long report) and, when the parser knows it, the place. */
export function problemOf(phase: PageProblem['phase'], error: unknown): PageProblem {
  const root = error instanceof Error && error.cause instanceof Error && phase === 'compile' ? error.cause : error;
  const message = root instanceof Error ? root.message : String(root);
  const place = placeOf(root);
  return { phase, message: firstLine(message), ...place };
}

function placeOf(error: unknown): { line?: number; column?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const { line, column, place } = error as { line?: unknown; column?: unknown; place?: { line?: unknown; column?: unknown; start?: { line?: unknown; column?: unknown } } };
  const point = typeof line === 'number' ? { line, column } : (place?.start ?? place);
  if (!point || typeof point.line !== 'number') return {};
  return { line: point.line, ...(typeof point.column === 'number' ? { column: point.column } : {}) };
}

function firstLine(message: string): string {
  const line = message.split('\n').find((part) => part.trim() !== '') ?? message;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
