/**
 * Table-driven transform tests: tests/fixtures/transform/<case>/{input.md, expected.md, messages.json[, case.json]}.
 * Run with UPDATE_FIXTURES=1 to (re)write expected.md and messages.json from the current output, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setAsideTooDeepBlocks } from '../../../src/markdown/find-too-deep-blocks.js';
import { analyzeMarkdown } from '../../../src/markdown/analyze-doc.js';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { checkPage } from '../../../src/page-check/check-page.js';
import { transformDoc } from '../../../src/transform/transform-doc.js';
import { fixtureInput, type FixtureCase } from './fixture-world.js';

const root = fileURLToPath(new URL('../../fixtures/transform/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';
/** The fixtures' pages are checked as if the site's content folder held them (their images need not exist). */
const SITE = { projectDir: fileURLToPath(new URL('../../../', import.meta.url)), contentDir: '/nonexistent/content' };
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

function readCase(dir: string): FixtureCase {
  const file = join(dir, 'case.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FixtureCase) : {};
}

describe('transformDoc fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(15));

  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const options = readCase(dir);
    const toCrlf = (text: string) => (options.crlf ? text.replace(/\r?\n/g, '\r\n') : text);
    const input = toCrlf(readFileSync(join(dir, 'input.md'), 'utf8'));
    const result = transformDoc(fixtureInput(input, options));
    const messages = `${JSON.stringify(result.diagnostics, null, 2)}\n`;
    if (update) {
      writeFileSync(join(dir, 'expected.md'), options.crlf ? result.content.replace(/\r\n/g, '\n') : result.content);
      writeFileSync(join(dir, 'messages.json'), messages);
    }
    expect(result.content).toBe(toCrlf(readFileSync(join(dir, 'expected.md'), 'utf8')));
    expect(messages).toBe(readFileSync(join(dir, 'messages.json'), 'utf8'));
  });

  // whatever upstream wrote, what the transform writes is a page the site can build
  it.each(cases)('%s: the output builds with the site\'s markdown pipeline', async (name) => {
    const dir = join(root, name);
    const options = readCase(dir);
    const result = transformDoc(fixtureInput(readFileSync(join(dir, 'input.md'), 'utf8'), options));
    const to = `docs/guide/overview.${options.format ?? 'md'}`;
    const check = await checkPage({ to, text: result.content }, SITE);
    expect(check.ok ? 'ok' : check.problem).toBe('ok');
  });

  // the transform reads an outline of the tree (src/markdown/outline-for-transform.ts): it must not miss a node
  it.each(cases)('%s: the outline rewrites exactly like the full syntax tree', (name) => {
    const dir = join(root, name);
    const options = readCase(dir);
    const input = readFileSync(join(dir, 'input.md'), 'utf8');
    const fromOutline = fixtureInput(input, options);
    const fromFullTree = fixtureInput(input, options);
    fromFullTree.doc = { ...fromFullTree.doc, analysis: { ...analyzeMarkdown(input), outline: setAsideTooDeepBlocks(parseMarkdown(input)) } };
    expect(transformDoc(fromOutline)).toEqual(transformDoc(fromFullTree));
  });
});
