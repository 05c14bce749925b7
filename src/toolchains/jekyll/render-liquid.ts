import { Context, Tokenizer, TypeGuards } from 'liquidjs';
import type { DocEditor } from '../shared/doc-editor.js';
import { createLiquid, LIQUID_LIMITS, parseLiquid } from './liquid-engine.js';
import type { LiquidState } from './liquid-state.js';
import { firstLine } from './site-data.js';

/**
 * Renders a page's Liquid the way Jekyll does before markdown, keeping offsets honest: every top-level tag
 * or output is replaced by what it renders to (a block tag, with everything up to its end tag), text between
 * them stays as written. A page that does not parse stays as written (a CommonMark page shows Liquid literally),
 * and so does a tag whose rendering fails; both are reported with their line.
 */
export async function renderLiquid(editor: DocEditor, bodyStart: number, state: Omit<LiquidState, 'report'>, scope: Record<string, unknown>): Promise<void> {
  const body = editor.text.slice(bodyStart);
  let at = bodyStart;
  const liveState: LiquidState = { ...state, report: (construct, message, code = 'toolchain/unconverted') => editor.problem(at, { code, construct, message }) };
  const liquid = createLiquid(liveState);
  const parsed = parseLiquid(liquid, liveState, body);
  if ('error' in parsed) {
    const offset = bodyStart + errorOffset(parsed.error);
    editor.problem(offset, { code: 'toolchain/liquid-error', construct: constructAt(body, offset - bodyStart), message: `Liquid does not parse: ${cleanMessage(parsed.error)}; the page is shown as written` });
    return;
  }
  const context = new Context(scope, liquid.options, { renderLimit: LIQUID_LIMITS.renderLimit, memoryLimit: LIQUID_LIMITS.memoryLimit, templateLimit: LIQUID_LIMITS.templateLimit }, { liquid });
  const templates = parsed.templates;
  for (const [i, template] of templates.entries()) {
    const start = template.token.begin;
    const end = templates[i + 1]?.token.begin ?? body.length;
    at = bodyStart + start;
    let output: string;
    try {
      output = String(await liquid.render([template], context));
    } catch (error) {
      const missing = /ENOENT/.test(String(error));
      const message = missing ? `include not found (${cleanMessage(error).replace(/^ENOENT: /, '')})` : cleanMessage(error);
      editor.problem(at, { code: missing ? 'toolchain/missing-include' : 'toolchain/liquid-error', construct: constructAt(body, start), message: `${message}; shown as written` });
      if (/limit|exceeded/i.test(String(error))) return;
      continue;
    }
    if (output !== body.slice(start, end)) editor.replace(bodyStart + start, bodyStart + end, output);
  }
}

/** A file Jekyll copies without rendering (no front matter) keeps its Liquid: reported where the first one is. */
export function reportUnrenderedLiquid(editor: DocEditor): void {
  let tokens;
  try {
    tokens = new Tokenizer(editor.text).readTopLevelTokens();
  } catch {
    return;
  }
  const first = tokens.find((token) => !TypeGuards.isHTMLToken(token));
  if (first) editor.problem(first.begin, { code: 'toolchain/unconverted', construct: constructAt(editor.text, first.begin), message: 'Liquid in a file without front matter: Jekyll does not render it, neither does this site', severity: 'info' });
}

function errorOffset(error: unknown): number {
  const token = (error as { token?: { begin?: unknown } }).token;
  return typeof token?.begin === 'number' ? token.begin : 0;
}

/** liquidjs' message without the place it appends (the problem has its own line). */
function cleanMessage(error: unknown): string {
  return firstLine(error).replace(/(, (line:\d+|col:\d+|file:\S*))+$/, '');
}

/** The tag or output at an offset as written, for the report (`{% name … %}` when long). */
function constructAt(text: string, offset: number): string {
  const whole = /^\{([{%])[\s\S]*?[}%]\}/.exec(text.slice(offset, offset + 200))?.[0];
  if (whole !== undefined && whole.length <= 60 && !whole.includes('\n')) return whole;
  const name = /^\{[{%]-?\s*([\w.]*)/.exec(text.slice(offset, offset + 80));
  if (!name) return text.slice(offset, offset + 20).split('\n')[0]!;
  return text[offset + 1] === '%' ? `{% ${name[1]} … %}` : `{{ ${name[1]} … }}`;
}

