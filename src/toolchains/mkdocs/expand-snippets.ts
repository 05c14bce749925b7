import { posix } from 'node:path';
import type { DocEditor } from '../shared/doc-editor.js';
import { hasFilesUnder, resolveInside, type Options } from './read-config.js';

/** How the site's pymdownx.snippets extension finds and cuts snippets. */
export interface SnippetsSetup {
  /** Snapshot folders (or single files) snippet paths are relative to, tried in order. */
  bases: string[];
  /** Snippets appended to every page (`auto_append`). */
  autoAppend: string[];
  /** Whether paths may leave their base (`restrict_base_path: false`). */
  unrestricted: boolean;
  dedentSubsections: boolean;
}

/** A snippet line: `--8<-- "file"` alone on its line (indentation kept), `;` escaping it. */
const INLINE = /^([ \t]*)(;*)(-+8<-+[ \t]+)("(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')\r?$/;
const BLOCK_MARKER = /^([ \t]*)(;*)-+8<-+\r?$/;
const SECTION_MARKER = /^(.*?)(;*)(-+8<-+[ \t]+)(\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\])(.*?)\r?$/i;

/** Where snippets come from: `base_path` relative to where mkdocs runs (the config's folder or the repository root). */
export function snippetsSetup(projectDir: string, options: Options, paths: ReadonlySet<string>): SnippetsSetup {
  const configured = typeof options.base_path === 'string' ? [options.base_path] : Array.isArray(options.base_path) ? options.base_path.filter((b): b is string => typeof b === 'string') : ['.'];
  const bases = configured.flatMap((base) => [resolveInside(projectDir, base), resolveInside('', base)]).filter((b): b is string => b !== undefined);
  const autoAppend = Array.isArray(options.auto_append) ? options.auto_append.filter((a): a is string => typeof a === 'string') : [];
  return { bases: [...new Set(bases)].filter((b) => paths.has(b) || hasFilesUnder(paths, b)), autoAppend, unrestricted: options.restrict_base_path === false, dedentSubsections: options.dedent_subsections === true };
}

interface Context {
  setup: SnippetsSetup;
  paths: ReadonlySet<string>;
  read(path: string): Promise<string | undefined>;
  editor: DocEditor;
}

/**
 * Inserts snippets the way pymdownx.snippets does before markdown is read (so also inside code blocks): single
 * snippet lines, `--8<--` blocks listing files, `file:3:8` line ranges, `file:name` sections, nested snippets,
 * `auto_append`. A snippet that cannot be read is left out and reported; section markers are dropped.
 */
export async function expandSnippets(editor: DocEditor, setup: SnippetsSetup, paths: ReadonlySet<string>, read: Context['read']): Promise<void> {
  const context: Context = { setup, paths, read, editor };
  const eol = editor.text.includes('\r\n') ? '\r\n' : '\n';
  let block: { start: number; lines: string[] } | undefined;
  let offset = 0;
  for (const line of editor.text.split('\n')) {
    const start = offset;
    const end = start + line.replace(/\r$/, '').length;
    offset = start + line.length + 1;
    const marker = BLOCK_MARKER.exec(line) ?? INLINE.exec(line) ?? SECTION_MARKER.exec(line);
    if (marker && marker[2]) {
      if (!block) editor.replace(start + marker[1]!.length, start + marker[1]!.length + 1, ''); // escaped: one `;` less
    } else if (BLOCK_MARKER.test(line)) {
      if (block) {
        editor.replace(block.start, end, (await expandAll(context, block.lines, block.start, [editor.path])).join(eol));
        block = undefined;
      } else block = { start, lines: [] };
    } else if (block) {
      block.lines.push(line.replace(/\r$/, ''));
    } else if (INLINE.exec(line)) {
      const [, space, , , quoted] = INLINE.exec(line)!;
      editor.replace(start, end, (await snippet(context, quoted!.slice(1, -1).trim(), space!, start, [editor.path])).join(eol));
    } else if (SECTION_MARKER.test(line)) {
      editor.replace(start, Math.min(offset, editor.text.length), '');
    }
  }
  if (block) editor.replace(block.start, editor.text.length, (await expandAll(context, block.lines, block.start, [editor.path])).join(eol));
  if (setup.autoAppend.length > 0) {
    const appended = await expandAll(context, setup.autoAppend.flatMap((file, i) => (i === 0 ? [file] : ['', file])), editor.text.length, [editor.path]);
    editor.replace(editor.text.length, editor.text.length, [eol, ...appended].join(eol) + eol);
  }
}

/** The lines of a `--8<--` block: each listed file's snippet; an empty line stays, `;` comments a file out. */
async function expandAll(context: Context, listed: readonly string[], at: number, stack: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of listed) {
    const path = entry.trim();
    if (path === '') lines.push('');
    else if (!path.startsWith(';')) lines.push(...(await snippet(context, path, /^[ \t]*/.exec(entry)![0], at, stack)));
  }
  return lines;
}

async function snippet(context: Context, spec: string, space: string, at: number, stack: readonly string[]): Promise<string[]> {
  const { editor } = context;
  const { path, ranges, section } = parseSpec(spec);
  if (/^https?:\/\//i.test(path)) {
    editor.problem(at, { code: 'toolchain/unconverted', construct: '--8<-- URL', message: `the snippet ${path} is a URL: remote snippets are not fetched; left out` });
    return [];
  }
  const file = resolveSnippet(context, path);
  if (file === undefined) {
    for (const base of context.setup.bases) editor.dependsOn(posix.join(base, path));
    editor.problem(at, { code: 'toolchain/missing-include', construct: '--8<--', message: `the snippet ${path} is not in ${context.setup.bases.join(', ') || 'the repository'} (the snippets base_path); left out` });
    return [];
  }
  if (stack.includes(file)) return [];
  editor.dependsOn(file);
  let lines = ((await context.read(file)) ?? '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (section !== undefined) lines = extractSection(lines, section);
  else if (ranges) lines = ranges.flatMap(([start, end]) => lines.slice(start, end));
  if ((section !== undefined || ranges) && context.setup.dedentSubsections) lines = dedent(lines);
  const nested: string[] = [];
  let block: string[] | undefined;
  for (const line of lines) {
    const marker = BLOCK_MARKER.exec(line) ?? INLINE.exec(line) ?? SECTION_MARKER.exec(line);
    if (marker?.[2]) nested.push(line.replace(';', ''));
    else if (BLOCK_MARKER.test(line)) {
      if (block) nested.push(...(await expandAll(context, block, at, [...stack, file])));
      block = block ? undefined : [];
    } else if (block) block.push(line);
    else if (INLINE.test(line)) {
      const [, indent, , , quoted] = INLINE.exec(line)!;
      nested.push(...(await snippet(context, quoted!.slice(1, -1).trim(), indent!, at, [...stack, file])));
    } else if (!SECTION_MARKER.test(line)) nested.push(line);
  }
  if (block) nested.push(...(await expandAll(context, block, at, [...stack, file])));
  return nested.map((line) => space + line);
}

/** `file.md`, `file.md:3:8` (1-based, inclusive; either side may be empty), `file.md:1:3,6:9`, `file.md:name`. */
function parseSpec(spec: string): { path: string; ranges?: Array<[number, number | undefined]>; section?: string } {
  const ranged = /^(.*?)((?::\d*){1,2}(?:,\d*(?::\d*)?)*)$/.exec(spec);
  if (ranged?.[1] && ranged[2] === ':') return { path: ranged[1].trim() };
  if (ranged?.[1] && ranged[2]) {
    const ranges = ranged[2].slice(1).split(',').map((range): [number, number | undefined] => {
      const [from = '', to = ''] = range.split(':');
      return [from ? Math.max(0, Number(from) - 1) : 0, to ? Number(to) : undefined];
    });
    return { path: ranged[1].trim(), ranges };
  }
  const sectioned = /^(.*?):([a-z][-_0-9a-z]*)$/i.exec(spec);
  if (sectioned?.[1]) return { path: sectioned[1].trim(), section: sectioned[2]! };
  return { path: spec };
}

function resolveSnippet(context: Context, path: string): string | undefined {
  for (const base of context.setup.bases) {
    if (context.paths.has(base)) {
      if (posix.basename(base) === path) return base; // a base that is a file offers only itself
      continue;
    }
    const joined = resolveInside(base, path);
    if (joined === undefined) continue;
    const inside = base === '' || joined.startsWith(`${base}/`);
    if ((inside || context.setup.unrestricted) && context.paths.has(joined)) return joined;
  }
  return undefined;
}

/** The lines between `--8<-- [start:name]` and `--8<-- [end:name]`, other sections' markers dropped. */
function extractSection(lines: readonly string[], name: string): string[] {
  const result: string[] = [];
  let inside = false;
  for (const line of lines) {
    const marker = SECTION_MARKER.exec(line);
    if (marker && !marker[2] && marker[6] === name) {
      if (marker[5]!.toLowerCase() === 'start') inside = true;
      else if (inside) break;
      continue;
    }
    if (inside) result.push(line);
  }
  return result;
}

function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length)));
}
