/**
 * Fixture-driven toolchain tests: tests/fixtures/toolchains/<toolchain>/<case>/ holds `input/` (a small source
 * tree: config, docs, includes), `case.json` ({ doc, base? }), and the expectations `expected.md` (the converted
 * doc), `messages.json` (prepare's and the conversion's problems, the conversion's dependencies) and, when the
 * reader has one, `nav.json`. UPDATE_FIXTURES=1 rewrites the expectations from the current output for review.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chooseToolchain, type Conversion, type NavTree, type SourceSnapshot, type ToolchainName, type ToolchainProblem } from '../../src/toolchains/index.js';

export interface ToolchainCase {
  /** The doc to convert (path in `input/`). */
  doc: string;
  base?: string;
  format?: ToolchainName;
  config?: string;
}

export interface CaseResult {
  toolchain: ToolchainName;
  conversion: Conversion;
  prepareProblems: ToolchainProblem[];
  nav?: NavTree;
  isPage: (path: string) => boolean;
  pageName: (path: string) => string | undefined;
}

const DOC = /\.(md|mdx|markdown)$/i;

export function fixtureCases(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Every file under `dir` as a snapshot (paths relative to `dir`, POSIX separators). */
export function directorySnapshot(dir: string): SourceSnapshot {
  const paths = new Set(listFiles(dir).map((file) => relative(dir, file).split(sep).join('/')));
  return {
    paths,
    read: async (wanted) => new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, readFileSync(join(dir, path))])),
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Chooses the toolchain for a snapshot as the sync does, prepares it with every doc, and converts one doc. */
export async function convertInSnapshot(snapshot: SourceSnapshot, spec: ToolchainCase): Promise<CaseResult> {
  const base = spec.base ?? '';
  const chosen = chooseToolchain({ base, ...(spec.format ? { format: spec.format } : {}), ...(spec.config ? { config: spec.config } : {}) }, snapshot.paths);
  const docPaths = [...snapshot.paths].filter((path) => DOC.test(path));
  const contents = await snapshot.read(docPaths);
  const docs = new Map([...contents].map(([path, content]) => [path, content.toString('utf8')]));
  const reader = await chosen.toolchain.prepare({ source: { id: 'fixture', base, trusted: false }, ...(chosen.config ? { config: chosen.config } : {}), snapshot, docs });
  const text = docs.get(spec.doc);
  if (text === undefined) throw new Error(`fixture doc ${spec.doc} is not in the input`);
  const conversion = await reader.convert({ path: spec.doc, text });
  return { toolchain: chosen.toolchain.name, conversion, prepareProblems: reader.problems, ...(reader.nav ? { nav: reader.nav } : {}), isPage: (path) => reader.isPage(path), pageName: (path) => reader.pageName?.(path) };
}

export async function runFixtureCase(dir: string): Promise<CaseResult & { spec: ToolchainCase }> {
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as ToolchainCase;
  return { spec, ...(await convertInSnapshot(directorySnapshot(join(dir, 'input')), spec)) };
}

/** The expectations of a case as files: written with UPDATE_FIXTURES=1, else read for comparison. */
export function caseOutputs(result: CaseResult): Record<string, string> {
  const messages = { problems: [...result.prepareProblems, ...result.conversion.problems], dependencies: result.conversion.dependencies };
  return {
    'expected.md': result.conversion.text,
    'messages.json': `${JSON.stringify(messages, null, 2)}\n`,
    ...(result.nav ? { 'nav.json': `${JSON.stringify(result.nav, null, 2)}\n` } : {}),
  };
}

export function compareOrUpdate(dir: string, outputs: Record<string, string>): Array<{ file: string; actual: string; expected: string | undefined }> {
  const update = process.env.UPDATE_FIXTURES === '1';
  return Object.entries(outputs).map(([file, actual]) => {
    const path = join(dir, file);
    if (update) writeFileSync(path, actual);
    return { file, actual, expected: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
  });
}
