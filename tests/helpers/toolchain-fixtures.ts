/**
 * Fixture-driven toolchain tests: tests/fixtures/toolchains/<toolchain>/<case>/ holds `input/` (a small source
 * tree: config, docs, includes, data), optionally `case.json` ({ doc, base, format, config, trusted, crlf }), and
 * the expectations `expected.md` (the converted doc), `messages.json` (what reading the source and converting the
 * doc reported, and the files the conversion read) and, when the reader finds one, `nav.json`. The doc is
 * `case.json`'s, else the one file named `page.*`. UPDATE_FIXTURES=1 rewrites the expectations for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/page-check/check-page.js';
import { chooseToolchain, type Conversion, type NavTree, type ToolchainName, type ToolchainProblem } from '../../src/toolchains/index.js';
import { directorySnapshot, selectedDocs } from './toolchain-snapshots.js';

export interface ToolchainCase {
  doc?: string;
  base?: string;
  format?: ToolchainName;
  config?: string;
  trusted?: boolean;
  /** Convert the doc with CRLF line endings (expectations are written with LF). */
  crlf?: boolean;
}

export interface CaseResult {
  toolchain: ToolchainName;
  doc: string;
  input: string;
  conversion: Conversion;
  prepareProblems: ToolchainProblem[];
  nav?: NavTree;
  trusted: boolean;
  isPage: (path: string) => boolean;
  pageName: (path: string) => string | undefined;
}

const root = fileURLToPath(new URL('../fixtures/toolchains/', import.meta.url));
const SITE = { projectDir: fileURLToPath(new URL('../../', import.meta.url)), contentDir: '/nonexistent/content' };

/** Reads a case's source as the sync would (toolchain chosen, prepared with every doc under base) and converts its doc. */
export async function runFixtureCase(dir: string, defaults: ToolchainCase = {}): Promise<CaseResult> {
  const options: ToolchainCase = { ...defaults, ...(existsSync(join(dir, 'case.json')) ? (JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as ToolchainCase) : {}) };
  const snapshot = directorySnapshot(join(dir, 'input'));
  const base = options.base ?? '';
  const docs = await selectedDocs(snapshot, (path) => base === '' || path.startsWith(`${base}/`));
  const doc = options.doc ?? [...docs.keys()].find((path) => /^page\.\w+$/.test(posix.basename(path)));
  if (doc === undefined || !docs.has(doc)) throw new Error(`${dir}: no doc to convert`);
  if (options.crlf) docs.set(doc, docs.get(doc)!.replace(/\r?\n/g, '\r\n'));
  const chosen = chooseToolchain({ base, ...(options.format ? { format: options.format } : {}), ...(options.config ? { config: options.config } : {}) }, snapshot.paths);
  const trusted = options.trusted ?? false;
  const reader = await chosen.toolchain.prepare({ source: { id: 'fixture', base, trusted }, ...(chosen.config ? { config: chosen.config } : {}), snapshot, docs });
  const input = docs.get(doc)!;
  const conversion = await reader.convert({ path: doc, text: input });
  const pages = { isPage: (path: string) => reader.isPage(path), pageName: (path: string) => reader.pageName?.(path) };
  return { toolchain: chosen.toolchain.name, doc, input, conversion, prepareProblems: reader.problems, ...(reader.nav ? { nav: reader.nav } : {}), trusted, ...pages };
}

/** The expectations of a case as files. */
function caseOutputs(result: CaseResult): Record<string, string> {
  const messages = { problems: [...result.prepareProblems, ...result.conversion.problems], dependencies: result.conversion.dependencies };
  return {
    'expected.md': result.conversion.text.replace(/\r\n/g, '\n'),
    'messages.json': `${JSON.stringify(messages, null, 2)}\n`,
    ...(result.nav ? { 'nav.json': `${JSON.stringify(result.nav, null, 2)}\n` } : {}),
  };
}

/** The output rebuilt from the upstream text and the conversion's edit spans (they must describe the output). */
function rebuild(original: string, spans: readonly number[], result: string): string {
  let out = '';
  let cursor = 0;
  for (let i = 0; i < spans.length; i += 3) {
    out += original.slice(cursor, spans[i]!);
    out += result.slice(out.length, out.length + spans[i + 2]!);
    cursor = spans[i + 1]!;
  }
  return out + original.slice(cursor);
}

/** The table-driven tests of one toolchain's fixtures; `defaults` apply to cases without their own case.json keys. */
export function describeToolchainFixtures(name: ToolchainName, defaults: ToolchainCase = {}): void {
  const folder = join(root, name);
  const cases = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const update = process.env.UPDATE_FIXTURES === '1';

  describe(`${name} fixtures`, () => {
    it('has fixtures', () => expect(cases.length).toBeGreaterThan(5));

    it.each(cases)('%s', async (name_) => {
      const dir = join(folder, name_);
      const result = await runFixtureCase(dir, defaults);
      expect(result.toolchain).toBe(name);
      for (const [file, actual] of Object.entries(caseOutputs(result))) {
        if (update) writeFileSync(join(dir, file), actual);
        expect(actual, file).toBe(existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
      }
      expect(rebuild(result.input, result.conversion.edits, result.conversion.text)).toBe(result.conversion.text);
    });

    // whatever upstream wrote, the converted page is one the site can build
    it.each(cases)("%s: the output builds with the site's markdown pipeline", async (name_) => {
      const { conversion, doc, trusted } = await runFixtureCase(join(folder, name_), defaults);
      const format = /\.mdx$/.test(doc) && trusted ? 'mdx' : 'md';
      const check = await checkPage({ to: `docs/upstream/fixture/page.${format}`, text: conversion.text }, SITE);
      expect(check.ok ? 'ok' : check.problem).toBe('ok');
    });
  });
}
