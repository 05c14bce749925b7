import { posix } from 'node:path';
import { applyEdits, type Edit } from '../../markdown/apply-edits.js';
import type { DocEditor } from '../shared/doc-editor.js';
import type { ToolchainProblem } from '../types.js';
import { evaluateExpression, filterText, printValue } from './jinja-expression.js';
import { nextTag, tagName, widen, type JinjaMarkers, type JinjaTag } from './jinja-tags.js';
import { codeRanges, frontMatterOf } from './page-parts.js';

/** How the site's mkdocs-macros plugin renders pages (see macros-setup.ts). */
export interface MacrosSetup {
  /** Snapshot folder `{% include %}` reads from. */
  includeDir: string;
  variables: Readonly<Record<string, unknown>>;
  markers: JinjaMarkers;
  renderByDefault: boolean;
}

type Report = (offset: number, problem: Omit<ToolchainProblem, 'line' | 'column' | 'severity'> & { severity?: ToolchainProblem['severity'] }) => void;

interface Scope {
  text: string;
  variables: Record<string, unknown>;
  report: Report;
  /** Whether the text at an offset shows as code on the page (undefined names there are content, as upstream keeps them). */
  inCode(offset: number): boolean;
  /** Include chain, for loops and depth. */
  stack: readonly string[];
  setup: MacrosSetup;
  read(path: string): Promise<string | undefined>;
  dependsOn(path: string): void;
}

const MAX_INCLUDE_DEPTH = 10;

/**
 * Renders a page the way mkdocs-macros does before markdown is read (code blocks included): variables from the
 * config's `extra` and the page's front matter, `{% include %}` from the include folder, `{% raw %}`, comments,
 * `{% set %}` and `{% filter %}` with pure filters. Anything else stays as written and is reported; a name the
 * config does not define stays as written (the plugin's default `on_undefined: keep`).
 */
export async function renderMacros(editor: DocEditor, setup: MacrosSetup, read: (path: string) => Promise<string | undefined>): Promise<void> {
  const front = frontMatterOf(editor.text);
  if (front.meta.render_macros === false || (!setup.renderByDefault && front.meta.render_macros !== true)) return;
  let code: Array<[number, number]> | undefined; // parsed only when something is to be reported

  const page = { meta: front.meta, ...(typeof front.meta.title === 'string' ? { title: front.meta.title } : {}) };
  const scope: Scope = {
    text: editor.text,
    variables: { ...setup.variables, ...front.meta, page },
    report: (offset, problem) => editor.problem(offset, problem),
    inCode: (offset) => (code ??= codeRanges(editor.text)).some(([start, end]) => start <= offset && offset < end),
    stack: [editor.path],
    setup,
    read,
    dependsOn: (path) => editor.dependsOn(path),
  };
  for (const piece of await renderPieces(scope, front.end, editor.text.length)) editor.replace(piece.start, piece.end, piece.text);
}

async function renderPieces(scope: Scope, from: number, until: number): Promise<Edit[]> {
  const { text, setup } = scope;
  const pieces: Edit[] = [];
  const floor = () => Math.max(from, pieces.at(-1)?.end ?? from);
  let cursor = from;
  for (let tag = nextTag(text, cursor, until, setup.markers); tag; tag = nextTag(text, cursor, until, setup.markers)) {
    cursor = tag.end;
    if (tag.kind === 'comment') {
      pieces.push({ ...widen(text, tag, floor(), until), text: '' });
    } else if (tag.kind === 'variable') {
      const evaluation = evaluateExpression(tag.inner, scope.variables);
      const printed = evaluation.ok ? printValue(evaluation.value) : undefined;
      if (printed !== undefined) pieces.push({ ...widen(text, tag, floor(), until), text: printed });
      else if (!scope.inCode(tag.start)) scope.report(tag.start, { code: 'toolchain/unconverted', construct: short(text, tag), message: `${short(text, tag)}: ${evaluation.ok || evaluation.reason === 'unsupported' ? 'not a variable this reader can fill in (macros run Python)' : 'the config defines no such variable'}; shown as written` });
    } else {
      const name = tagName(tag);
      if (name === 'raw') cursor = rawBlock(scope, tag, until, pieces, floor());
      else if (name === 'include') pieces.push({ ...widen(text, tag, floor(), until), text: await include(scope, tag) });
      else if (name === 'filter') cursor = await filterBlock(scope, tag, until, pieces, floor());
      else if (name === 'set' && setVariable(scope, tag)) pieces.push({ ...widen(text, tag, floor(), until), text: '' });
      else scope.report(tag.start, { code: 'toolchain/unconverted', construct: `${setup.markers.blockStart} ${name} ${setup.markers.blockEnd}`, message: `${short(text, tag)}: Jinja statements other than include, raw, set and filter are not rendered; shown as written` });
    }
  }
  return pieces;
}

/** `{% raw %}…{% endraw %}`: the tags go, the text between stays as written. */
function rawBlock(scope: Scope, tag: JinjaTag, until: number, pieces: Edit[], floor: number): number {
  const end = findTag(scope, tag.end, until, (t) => tagName(t) === 'endraw');
  if (!end) {
    scope.report(tag.start, { code: 'toolchain/unconverted', construct: short(scope.text, tag), message: `${short(scope.text, tag)} has no endraw; shown as written` });
    return tag.end;
  }
  pieces.push({ ...widen(scope.text, tag, floor, end.start), text: '' });
  pieces.push({ ...widen(scope.text, end, tag.end, until), text: '' });
  return end.end;
}

/** `{% include 'name' %}`: the file from the include folder, itself rendered, without its last newline (as Jinja loads it). */
async function include(scope: Scope, tag: JinjaTag): Promise<string> {
  const match = /^include\s+(['"])(.+?)\1(\s+ignore\s+missing)?(\s+(with|without)\s+context)?$/.exec(tag.inner);
  if (!match) {
    scope.report(tag.start, { code: 'toolchain/unconverted', construct: short(scope.text, tag), message: `${short(scope.text, tag)}: only includes of a quoted file name are read; left out` });
    return '';
  }
  const name = match[2]!;
  const path = name.split('/').includes('..') ? undefined : posix.join(scope.setup.includeDir, name);
  const content = path === undefined ? undefined : await scope.read(path);
  if (path) scope.dependsOn(path);
  if (path === undefined || content === undefined) {
    if (!match[3]) scope.report(tag.start, { code: 'toolchain/missing-include', construct: short(scope.text, tag), message: `${name} is not in ${scope.setup.includeDir || 'the repository root'} (the macros include folder); left out` });
    return '';
  }
  if (scope.stack.includes(path) || scope.stack.length > MAX_INCLUDE_DEPTH) {
    scope.report(tag.start, { code: 'toolchain/unconverted', construct: short(scope.text, tag), message: `${name} includes itself; left out` });
    return '';
  }
  const source = content.replace(/(\r\n|\r|\n)$/, '');
  const nested: Scope = {
    ...scope,
    text: source,
    variables: { ...scope.variables },
    stack: [...scope.stack, path],
    inCode: () => scope.inCode(tag.start),
    report: (_offset, problem) => scope.report(tag.start, { ...problem, message: `in ${path}: ${problem.message}` }),
  };
  return applyEdits(source, await renderPieces(nested, 0, source.length));
}

/** `{% filter indent(4) %}…{% endfilter %}`: the rendered body through the filter. */
async function filterBlock(scope: Scope, tag: JinjaTag, until: number, pieces: Edit[], floor: number): Promise<number> {
  let depth = 0;
  const end = findTag(scope, tag.end, until, (t) => {
    const name = tagName(t);
    if (name === 'filter') depth += 1;
    if (name !== 'endfilter') return false;
    depth -= 1;
    return depth < 0;
  });
  const filter = /^filter\s+([A-Za-z_]\w*)(\(.*\))?$/.exec(tag.inner);
  if (!end || !filter) {
    scope.report(tag.start, { code: 'toolchain/unconverted', construct: short(scope.text, tag), message: `${short(scope.text, tag)} is not a filter block this reader can apply; shown as written` });
    return tag.end;
  }
  const open = widen(scope.text, tag, floor, end.start);
  const close = widen(scope.text, end, tag.end, until);
  const body = applyEdits(scope.text.slice(open.end, close.start), shift(await renderPieces(scope, open.end, close.start), -open.end));
  const filtered = filterText(filter[1]!, body, filter[2] ?? '');
  if (filtered === undefined) {
    scope.report(tag.start, { code: 'toolchain/unconverted', construct: `filter ${filter[1]}`, message: `${short(scope.text, tag)}: the filter ${filter[1]} is not applied; the block is shown as written` });
    return tag.end;
  }
  pieces.push({ start: open.start, end: close.end, text: filtered });
  return close.end;
}

function setVariable(scope: Scope, tag: JinjaTag): boolean {
  const match = /^set\s+([A-Za-z_]\w*)\s*=\s*(.+)$/s.exec(tag.inner);
  const evaluation = match ? evaluateExpression(match[2]!, scope.variables) : undefined;
  if (!match || !evaluation?.ok) return false;
  scope.variables[match[1]!] = evaluation.value;
  return true;
}

function findTag(scope: Scope, from: number, until: number, wanted: (tag: JinjaTag) => boolean): JinjaTag | undefined {
  for (let tag = nextTag(scope.text, from, until, scope.setup.markers); tag; tag = nextTag(scope.text, tag.end, until, scope.setup.markers)) {
    if (tag.kind === 'block' && wanted(tag)) return tag;
  }
  return undefined;
}

function shift(edits: readonly Edit[], by: number): Edit[] {
  return edits.map((edit) => ({ ...edit, start: edit.start + by, end: edit.end + by }));
}

/** A tag as written, cut short for messages. */
function short(text: string, tag: JinjaTag): string {
  const written = text.slice(tag.start, tag.end).replace(/\s+/g, ' ');
  return written.length > 60 ? `${written.slice(0, 57)}…` : written;
}
