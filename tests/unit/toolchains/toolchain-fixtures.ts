/**
 * Table-driven toolchain tests: tests/fixtures/toolchains/<toolchain>/<case>/ holds `input/` (a small source
 * tree: config, the doc, includes, data), `expected.md` (the converted doc) and `messages.json` (what reading
 * the source and converting the doc reported); `case.json` may name the doc (`doc`, default the one file named
 * `page.*`), the entry's `base` and `trusted`. UPDATE_FIXTURES=1 rewrites expected.md and messages.json from
 * the current output, for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../../src/page-check/check-page.js';
import type { Toolchain } from '../../../src/toolchains/types.js';
import { directorySnapshot, selectedDocs } from '../../helpers/directory-snapshot.js';

interface FixtureCase {
  doc?: string;
  base?: string;
  trusted?: boolean;
}

const root = fileURLToPath(new URL('../../fixtures/toolchains/', import.meta.url));
const SITE = { projectDir: fileURLToPath(new URL('../../../', import.meta.url)), contentDir: '/nonexistent/content' };
const update = process.env.UPDATE_FIXTURES === '1';

/** Converts a fixture's doc with the toolchain, as the collect stage would. */
export async function convertFixture(toolchain: Toolchain, dir: string) {
  const options: FixtureCase = existsSync(join(dir, 'case.json')) ? (JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as FixtureCase) : {};
  const snapshot = directorySnapshot(join(dir, 'input'));
  const base = options.base ?? '';
  const docs = await selectedDocs(snapshot, (path) => base === '' || path.startsWith(`${base}/`));
  const doc = options.doc ?? [...docs.keys()].find((path) => /^page\.\w+$/.test(posix.basename(path)));
  if (doc === undefined || !docs.has(doc)) throw new Error(`${dir}: no doc to convert`);
  const config = toolchain.detect(snapshot.paths, base);
  const reader = await toolchain.prepare({ source: { id: 'fixture', base, trusted: options.trusted ?? false }, ...(config ? { config } : {}), snapshot, docs });
  const conversion = await reader.convert({ path: doc, text: docs.get(doc)! });
  const format = /\.mdx$/.test(doc) && options.trusted ? 'mdx' : 'md';
  return { doc, format, conversion, messages: [...reader.problems, ...conversion.problems] };
}

export function describeToolchainFixtures(toolchain: Toolchain): void {
  const folder = join(root, toolchain.name);
  const cases = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  describe(`${toolchain.name} fixtures`, () => {
    it('has fixtures', () => expect(cases.length).toBeGreaterThan(5));

    it.each(cases)('%s', async (name) => {
      const dir = join(folder, name);
      const { conversion, messages } = await convertFixture(toolchain, dir);
      const written = `${JSON.stringify(messages, null, 2)}\n`;
      if (update) {
        writeFileSync(join(dir, 'expected.md'), conversion.text);
        writeFileSync(join(dir, 'messages.json'), written);
      }
      expect(conversion.text).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
      expect(written).toBe(readFileSync(join(dir, 'messages.json'), 'utf8'));
    });

    // whatever upstream wrote, the converted page is one the site can build
    it.each(cases)('%s: the output builds with the site\'s markdown pipeline', async (name) => {
      const { conversion, format } = await convertFixture(toolchain, join(folder, name));
      const check = await checkPage({ to: `docs/upstream/fixture/page.${format}`, text: conversion.text }, SITE);
      expect(check.ok ? 'ok' : check.problem).toBe('ok');
    });
  });
}
