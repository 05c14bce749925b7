import { posix } from 'node:path';
import { applyEdits, type Edit } from '../../markdown/apply-edits.js';
import { codeBlock } from '../shared/site-markdown.js';
import type { SourceSnapshot, ToolchainProblem } from '../types.js';
import { findDirectives, type Directive } from './directives.js';
import { splitLines, takeLines, takeRustdocLines } from './take-lines.js';

/** mdbook stops following includes this deep (a file including itself). */
const MAX_DEPTH = 10;

export interface ExpandContext {
  snapshot: SourceSnapshot;
  eol: string;
  dependsOn(path: string): void;
  /** A problem at `offset` of the chapter (for nested includes: the chapter's directive that led there). */
  problem(offset: number, problem: Omit<ToolchainProblem, 'severity' | 'line' | 'column'> & { severity?: ToolchainProblem['severity'] }): void;
  setTitle(title: string): void;
}

/**
 * The edits that do what mdbook's links preprocessor does to a text of the file `path`: includes (line ranges,
 * anchors, rustdoc's hidden lines), nested includes relative to the included file, `{{#title}}`, playgrounds,
 * escapes. An included text's lines continue with what precedes the directive on its line (as mdbook does).
 * A file that is not there leaves the directive as written, reported.
 */
export async function expandDirectives(text: string, path: string, context: ExpandContext, depth = 0, at?: number): Promise<Edit[]> {
  const edits: Edit[] = [];
  for (const directive of findDirectives(text)) {
    const offset = at ?? directive.start;
    const replacement = await render(directive, posix.dirname(path), context, offset);
    if (replacement === undefined) continue;
    if (replacement.file !== undefined && depth >= MAX_DEPTH) {
      context.problem(offset, { code: 'toolchain/include-too-deep', construct: short(directive.written), message: `includes nest more than ${MAX_DEPTH} deep (does a file include itself?): ${replacement.file} is left out, as mdbook does` });
      edits.push({ start: directive.start, end: directive.end, text: '' });
      continue;
    }
    const expanded = replacement.file === undefined ? replacement.text : applyEdits(replacement.text, await expandDirectives(replacement.text, replacement.file, context, depth + 1, offset));
    const prefix = text.slice(text.lastIndexOf('\n', directive.start - 1) + 1, directive.start);
    edits.push({ start: directive.start, end: directive.end, text: splitLines(expanded).join(context.eol + prefix) });
  }
  return edits;
}

/** What a directive is replaced by before nested directives are expanded; `file` when it is a file's text. */
async function render(directive: Directive, dir: string, context: ExpandContext, offset: number): Promise<{ text: string; file?: string } | undefined> {
  if (directive.kind === 'escaped') return { text: directive.written.slice(1) };
  if (directive.kind === 'title') {
    context.setTitle(directive.title.trim());
    return { text: '' };
  }
  const file = posix.join(dir, directive.path);
  const content = await readFile(file, context);
  if (content === undefined) {
    context.problem(offset, {
      code: 'toolchain/missing-include',
      construct: short(directive.written),
      message: `${directive.written.trim()} names ${file}, which is not in the repository: the directive stays as written`,
      hint: 'include a file that is committed (mdbook cannot build the chapter either)',
    });
    return undefined;
  }
  if (directive.kind !== 'playground') return { text: (directive.kind === 'include' ? takeLines : takeRustdocLines)(content, directive.lines), file };
  context.problem(offset, {
    severity: 'info',
    code: 'toolchain/simplified',
    construct: '{{#playground}}',
    message: `${directive.written.trim()} is shown as a Rust code block: it cannot be run or edited on the site`,
  });
  const language = ['rust', ...directive.attributes].join(',');
  return { text: `${codeBlock(content, language, '\n')}\n`, file };
}

async function readFile(file: string, context: ExpandContext): Promise<string | undefined> {
  if (file.startsWith('../') || file === '..' || posix.isAbsolute(file)) return undefined;
  context.dependsOn(file);
  const content = (await context.snapshot.read([file])).get(file);
  return content?.toString('utf8');
}

/** A directive as a construct to count: `{{#include file}}` without its arguments' details. */
function short(written: string): string {
  const type = /#([a-zA-Z0-9_]+)/.exec(written)?.[1] ?? '';
  return `{{#${type}}}`;
}
