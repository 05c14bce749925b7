import { posix } from 'node:path';
import { parse } from 'smol-toml';
import { lineAndColumn } from '../../markdown/list-local-references.js';
import type { ToolchainProblem } from '../types.js';

/** What the reader takes from a book's `book.toml`. */
export interface BookConfig {
  /** The book's source folder, where SUMMARY.md and the chapters are (snapshot path). */
  srcDir: string;
  title?: string;
  /** `output.html.code.hidelines`: the prefix that hides a code line, per language (Rust has its own rule). */
  hidelines: Record<string, string>;
}

/** Preprocessors mdbook runs itself, and the ones this reader does the work of. */
const BUILT_IN_PREPROCESSORS = new Set(['links', 'index']);
const CONVERTED_PREPROCESSORS = new Set(['tabs']);

/**
 * Reads `book.toml` (`book.src`, default `src`, relative to the file; `book.title`; hidelines). Without a
 * config the book's sources are `base`. Preprocessors the site cannot run are problems, one each.
 */
export function readBookConfig(path: string | undefined, text: string | undefined, base: string): { config: BookConfig; problems: ToolchainProblem[] } {
  if (path === undefined || text === undefined) return { config: { srcDir: base, hidelines: {} }, problems: [] };
  const root = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  let data: Record<string, unknown>;
  try {
    data = parse(text) as Record<string, unknown>;
  } catch (error) {
    const problem: ToolchainProblem = { severity: 'warning', code: 'toolchain/config-unreadable', message: `book.toml cannot be read: ${(error as Error).message.split('\n')[0]}`, file: path };
    return { config: { srcDir: posix.join(root, 'src'), hidelines: {} }, problems: [problem] };
  }
  const book = table(data.book);
  const src = typeof book.src === 'string' ? book.src : 'src';
  const hidelines = Object.fromEntries(Object.entries(table(table(table(table(data.output).html).code).hidelines)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const problems = Object.keys(table(data.preprocessor))
    .filter((name) => !BUILT_IN_PREPROCESSORS.has(name) && !CONVERTED_PREPROCESSORS.has(name))
    .map((name): ToolchainProblem => {
      const at = text.search(new RegExp(`^[ \\t]*\\[preprocessor\\.(?:"${escapeRegExp(name)}"|${escapeRegExp(name)})\\]`, 'm'));
      return {
        severity: 'warning',
        code: 'toolchain/unconverted',
        construct: `[preprocessor.${name}]`,
        message: `book.toml runs the preprocessor "${name}", which the site does not run: what it changes in the chapters stays as written`,
        file: path,
        ...(at >= 0 ? { line: lineAndColumn(text, at).line } : {}),
        hint: 'convert what the preprocessor adds into plain markdown upstream, or leave it out of the book',
      };
    });
  const srcDir = posix.join(root, src).replace(/\/$/, '');
  return { config: { srcDir: srcDir === '.' ? '' : srcDir, ...(typeof book.title === 'string' ? { title: book.title } : {}), hidelines }, problems };
}

function table(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
