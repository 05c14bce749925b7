import { describe, expect, it } from 'vitest';
import { describePage, shortenAtWord } from '../../../src/markdown/page-description.js';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';

describe('describePage', () => {
  it('is the plain text of the first paragraph with words, without markdown syntax, html or image alt text', () => {
    const text = '---\ntitle: x\n---\n# Title\n\n[![build](badge.svg)](ci) <img src="x.png">\n\nThe **status page** shows [incidents](incidents.md) of `scs`\nand <abbr>SCS</abbr> services.\n\nSecond paragraph.\n';
    expect(describePage(parseMarkdown(text))).toBe('The status page shows incidents of scs and SCS services.');
  });

  it('is the first paragraph in a list when the page has none at the top level, and absent without any', () => {
    expect(describePage(parseMarkdown('# Title\n\n> [!NOTE]\n> Alert.\n\n```\ncode\n```\n\n- a *list* item\n'))).toBe('a list item');
    expect(describePage(parseMarkdown('# Title\n\n```\ncode\n```\n\n| a |\n|---|\n| b |\n'))).toBeUndefined();
  });

  it('is cut at a word boundary to at most 160 characters', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const description = describePage(parseMarkdown(`${long}.\n`))!;
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/^word0 word1 .* word\d+…$/);
    expect(long.startsWith(description.slice(0, -1))).toBe(true);
    expect(long.split(' ')).toContain(description.slice(0, -1).split(' ').at(-1));
  });
});

describe('shortenAtWord', () => {
  it('keeps a text that fits, and cuts a single overlong word where it must', () => {
    expect(shortenAtWord('short text', 160)).toBe('short text');
    expect(shortenAtWord('x'.repeat(200), 160)).toBe(`${'x'.repeat(159)}…`);
  });
});
