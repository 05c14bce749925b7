import { applyEdits, type Edit } from '../../markdown/apply-edits.js';
import type { CodeSpans } from '../shared/code-spans.js';
import { dedent, indentContinuation, linePrefixAt, placeBlock } from '../shared/place-block.js';
import type { ToolchainProblem } from '../types.js';
import { BUILT_IN_SHORTCODES } from './built-in-shortcodes.js';
import type { ContentTree } from './content-tree.js';
import type { Shortcode, ShortcodeNode } from './parse-shortcodes.js';
import type { HugoSite } from './site-config.js';
import { fromTemplate, type ShortcodeTemplate } from './shortcode-templates.js';

/** What a shortcode becomes: text in its place, a block on lines of its own, or (not converted) itself. */
export type ShortcodeOutput =
  | { kind: 'inline'; text: string }
  /** `plain` stands in code (where Hugo's output would be text too); `separate`: blank lines around it. */
  | { kind: 'block'; text: string; plain: string; separate: boolean }
  | { kind: 'keep' };

export interface ShortcodeEnv {
  /** The upstream text and path of the page. */
  text: string;
  path: string;
  eol: string;
  /** Code of the page as upstream wrote it: shortcodes there print text. */
  code: CodeSpans;
  site: HugoSite;
  tree: ContentTree;
  /** The page's front matter (for `param`). */
  page: Record<string, unknown>;
  templates: ReadonlyMap<string, ShortcodeTemplate>;
  /** A file of the snapshot (declared a dependency of the page), undefined when it is not there. */
  readFile(path: string): Promise<string | undefined>;
  problem(offset: number, problem: Omit<ToolchainProblem, 'line' | 'column' | 'severity'> & { severity?: ToolchainProblem['severity'] }): void;
}

/** What a handler of one shortcode gets: the shortcode, its parameters and inner content, where it stands. */
export interface ShortcodeCall {
  node: Shortcode;
  env: ShortcodeEnv;
  inCode: boolean;
  /** A parameter: the first of the named ones or positions given that is set. */
  param(...keys: Array<string | number>): string | undefined;
  /** The inner content with the shortcodes in it converted: as code (newlines around trimmed) or as markdown (dedented). */
  inner(as: 'code' | 'markdown' | 'text'): Promise<string>;
  /** The shortcode as written, to name it in problems: `{{< name >}}`. */
  construct: string;
  /** The same for a shortcode inside this one (a tab of tabs). */
  child(node: Shortcode): ShortcodeCall;
}

export type ShortcodeHandler = (call: ShortcodeCall) => Promise<ShortcodeOutput> | ShortcodeOutput;

/**
 * The edits that put the site's markdown in place of a page's shortcodes (and nested ones inside them): the
 * repository's templates where their pattern is recognised (see shortcode-templates.ts), Hugo's built-in and
 * common theme shortcodes, and for the rest the inner content, reported.
 */
export async function expandShortcodes(nodes: readonly ShortcodeNode[], env: ShortcodeEnv, inCode = false): Promise<Edit[]> {
  const edits: Edit[] = [];
  for (const node of nodes) {
    if (node.kind === 'literal') {
      edits.push({ start: node.start, end: node.end, text: node.text });
    } else if (node.kind === 'stray') {
      env.problem(node.start, { code: 'toolchain/unconverted', construct: node.written.replace(/\s+/g, ' '), message: `${node.written} closes a shortcode that was never opened: it stays as written` });
    } else {
      const code = inCode || env.code.has(node.start);
      const output = await evaluate(node, env, code);
      if (output.kind === 'keep') continue;
      if (output.kind === 'block' && !code) edits.push(placeBlock(env.text, node.start, node.end, output.text, env.eol, output.separate));
      else if (output.kind === 'inline' && output.text === '' && !code) edits.push(removal(env.text, node.start, node.end));
      else edits.push({ start: node.start, end: node.end, text: indentContinuation(output.kind === 'block' ? output.plain : output.text, linePrefixAt(env.text, node.start), env.eol) });
    }
  }
  return edits;
}

/** Removes a construct; a line it was alone on goes with it. */
function removal(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  return alone ? { start: lineStart, end: lineEnd, text: '' } : { start, end, text: '' };
}

async function evaluate(node: Shortcode, env: ShortcodeEnv, inCode: boolean): Promise<ShortcodeOutput> {
  const call = shortcodeCall(node, env, inCode);
  const template = env.templates.get(node.name);
  if (template?.behaviour) return fromTemplate(template.behaviour, call);
  const builtIn = BUILT_IN_SHORTCODES[node.name.toLowerCase()];
  if (builtIn) return builtIn(call);
  env.problem(node.start, {
    code: 'toolchain/unconverted',
    construct: call.construct,
    message: `${call.construct} is ${template ? `defined by ${template.path}, a Go template the site cannot run` : 'not a shortcode the site knows'}: ${node.inner ? 'its inner content is shown as written' : inCode ? 'it stays as written' : 'it is left out'}`,
    hint: 'replace it with markdown upstream, or ask for its pattern to be supported',
  });
  if (inCode) return { kind: 'keep' };
  return { kind: 'inline', text: node.inner ? await call.inner('text') : '' };
}

function shortcodeCall(node: Shortcode, env: ShortcodeEnv, inCode: boolean): ShortcodeCall {
  const delimiters = node.markdown ? ['{{%', '%}}'] : ['{{<', '>}}'];
  return {
    node,
    env,
    inCode,
    construct: `${delimiters[0]} ${node.name} ${delimiters[1]}`,
    child: (child) => shortcodeCall(child, env, inCode),
    param: (...keys) => {
      for (const key of keys) {
        const value = typeof key === 'number' ? node.params.positional[key] : node.params.named[key];
        if (value !== undefined) return value;
      }
      return undefined;
    },
    async inner(as) {
      if (!node.inner) return '';
      const { start, end } = node.inner;
      const edits = await expandShortcodes(node.children, env, inCode || as === 'code');
      const text = applyEdits(env.text.slice(start, end), edits.map((edit) => ({ ...edit, start: edit.start - start, end: edit.end - start })));
      if (as === 'code') return text.replace(/^\r?\n|\r?\n$/g, '');
      if (as === 'markdown') return dedent(text.replace(/\r\n/g, '\n')).replace(/^(?:[ \t]*\n)+/, '').trimEnd().replace(/\n/g, env.eol);
      return text;
    },
  };
}
