/**
 * Nesting that overflows the stack of the site's markdown compiler or of React stops the page. Raw html nests
 * through the elements it leaves open, also across html nodes: the tags of a paragraph's inline html, or
 * `<div>` blocks opened one after the other. Html that a browser closes by itself must not count.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTooDeepBlocks, MAX_NESTING } from '../../../src/markdown/find-too-deep-blocks.js';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { checkPage } from '../../../src/page-check/check-page.js';
import { transformDoc } from '../../../src/transform/transform-doc.js';
import { fixtureInput } from '../transform/fixture-world.js';

const SITE = { projectDir: fileURLToPath(new URL('../../../', import.meta.url)), contentDir: '/nonexistent/content' };
const repeat = (text: string, times: number) => text.repeat(times);
const tooDeep = (text: string) => findTooDeepBlocks(parseMarkdown(text)).map(({ start, end }) => text.slice(start, end));

describe('findTooDeepBlocks', () => {
  it('finds a paragraph whose inline html tags nest too deeply', () => {
    const paragraph = `Inline ${repeat('<span>', 1000)}deep`;
    expect(tooDeep(`# Page\n\n${paragraph}\n\nAfter.\n`)).toEqual([paragraph]);
  });

  it('finds the blocks inside html elements that earlier blocks left open, as one piece', () => {
    const opened = Array.from({ length: 1000 }, (_, i) => `<div class="level-${i}">`);
    const text = `# Page\n\n${opened.join('\n\n')}\n\nInside.\n`;
    const [block, ...others] = tooDeep(text);
    expect(others).toEqual([]);
    // from the block whose div would nest below the limit (1 for the block, 1 for its own div) to the end
    expect(block!.startsWith(`${opened[MAX_NESTING - 1]!}\n`)).toBe(true);
    expect(block!.endsWith('Inside.')).toBe(true);
  });

  it('counts what a later block closes again', () => {
    const text = `# Page\n\n${repeat('<div>\n\n', 40)}Inside.\n\n${repeat('</div>\n\n', 40)}${repeat('<div>\n\n', 40)}Again.\n`;
    expect(tooDeep(text)).toEqual([]);
  });

  it.each([
    ['unclosed paragraphs and list items', repeat('<p>one<li>two\n\n', 200)],
    ['an html table without end tags', `<table>\n${repeat('<tr><td>a<td>b\n', 300)}</table>`],
    ['inline elements left open in many paragraphs', repeat('Text <span>left open and <a name="x">an anchor.\n\n', 200)],
    ['self-closing svg elements', `<svg>${repeat('<path d="M0 0"/>', 300)}</svg>`],
  ])('leaves alone %s, which the browser closes itself', (_, body) => {
    expect(tooDeep(`# Page\n\n${body}\n`)).toEqual([]);
  });

  it.each([
    ['inline html', `Inline ${repeat('<span>', 3000)}deep\n`],
    ['html blocks', repeat('<div>\n\n', 3000)],
    ['html blocks opened in paragraphs', repeat('Text <div>\n\n', 3000)],
  ])('the transform shows %s nested too deeply as text: the page builds', async (_, body) => {
    const result = transformDoc(fixtureInput(`# Page\n\n${body}\nThe end.\n`, {}));
    expect(result.diagnostics.map((d) => d.code)).toContain('content/too-deep');
    const check = await checkPage({ to: 'docs/guide/overview.md', text: result.content }, SITE);
    expect(check.ok ? 'ok' : check.problem).toBe('ok');
  });
});
