/**
 * Table-driven tests of the mkdocs reader: tests/fixtures/toolchains/mkdocs/<case>/ holds `input/` (a small
 * repository: mkdocs.yml, docs, includes), `expected.md` (the converted doc) and `messages.json` (its problems),
 * optionally `case.json` ({ doc, base, crlf }). UPDATE_FIXTURES=1 rewrites the expectations for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../../src/page-check/check-page.js';
import { chooseToolchain, type Conversion, type ToolchainProblem } from '../../../src/toolchains/index.js';
import { memorySnapshot, readTree } from '../../helpers/toolchain-snapshot.js';

const root = fileURLToPath(new URL('../../fixtures/toolchains/mkdocs/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';
const SITE = { projectDir: fileURLToPath(new URL('../../../', import.meta.url)), contentDir: '/nonexistent/content' };
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

interface FixtureCase {
  doc?: string;
  base?: string;
  crlf?: boolean;
}

async function convertCase(name: string): Promise<{ input: string; conversion: Conversion; problems: ToolchainProblem[] }> {
  const dir = join(root, name);
  const options: FixtureCase = existsSync(join(dir, 'case.json')) ? JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) : {};
  const files = readTree(join(dir, 'input'));
  const doc = options.doc ?? 'docs/page.md';
  if (options.crlf) files[doc] = files[doc]!.replace(/\r?\n/g, '\r\n');
  const base = options.base ?? 'docs';
  const snapshot = memorySnapshot(files);
  const chosen = chooseToolchain({ base }, snapshot.paths);
  expect(chosen.toolchain.name).toBe('mkdocs');
  const docs = new Map(Object.entries(files).filter(([path]) => path.startsWith(`${base}/`) && path.endsWith('.md')));
  const reader = await chosen.toolchain.prepare({ source: { id: 'fixture', base, trusted: false }, ...(chosen.config ? { config: chosen.config } : {}), snapshot, docs });
  const conversion = await reader.convert({ path: doc, text: files[doc]! });
  return { input: files[doc]!, conversion, problems: [...reader.problems, ...conversion.problems] };
}

/** The output rebuilt from the upstream text and the conversion's edit spans (throws when they disagree). */
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

describe('mkdocs reader fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(10));

  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const { input, conversion, problems } = await convertCase(name);
    const text = conversion.text.replace(/\r\n/g, '\n');
    const messages = `${JSON.stringify(problems, null, 2)}\n`;
    if (update) {
      writeFileSync(join(dir, 'expected.md'), text);
      writeFileSync(join(dir, 'messages.json'), messages);
    }
    expect(text).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
    expect(messages).toBe(readFileSync(join(dir, 'messages.json'), 'utf8'));
    expect(rebuild(input, conversion.edits, conversion.text)).toBe(conversion.text);
  });

  it.each(cases)('%s: the output builds with the site\'s markdown pipeline', async (name) => {
    const { conversion } = await convertCase(name);
    const check = await checkPage({ to: 'docs/guide/page.md', text: conversion.text }, SITE);
    expect(check.ok ? 'ok' : check.problem).toBe('ok');
  });
});
