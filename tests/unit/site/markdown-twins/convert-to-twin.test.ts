/**
 * Table-driven tests of the Markdown twin conversion: tests/fixtures/markdown-twins/<case>/{input.md|input.mdx, expected.md}.
 * Each input is a page of the synced tree at content/docs/20-guide/page.*, served at /docs/guide/page.
 * Run with UPDATE_FIXTURES=1 to (re)write expected.md from the current output, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/markdown/parse-markdown.js';
import { readFrontMatter } from '../../../../src/markdown/read-front-matter.js';
import { convertToTwin } from '../../../../src/site/markdown-twins/convert-to-twin.js';
import type { Twin, TwinPage, TwinSite } from '../../../../src/site/markdown-twins/twin-types.js';

const root = fileURLToPath(new URL('../../../fixtures/markdown-twins/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

const SITE: TwinSite = {
  url: 'https://docs.example.org',
  contentDir: '/site/content',
  findPermalink: (file) =>
    ({ '/site/content/docs/10-other/page.md': '/docs/other/page', '/site/content/docs/20-guide/sibling.md': '/docs/guide/sibling' })[file],
};

function readInput(name: string): { text: string; extension: string } {
  const extension = existsSync(join(root, name, 'input.mdx')) ? 'mdx' : 'md';
  return { text: readFileSync(join(root, name, `input.${extension}`), 'utf8'), extension };
}

/** The page as the docs plugin loads it: front matter parsed, title and description from it. */
function loadPage(text: string, extension: string): TwinPage {
  const frontMatter = readFrontMatter(text);
  const data = frontMatter.kind === 'ok' ? frontMatter.data : {};
  return {
    permalink: '/docs/guide/page',
    title: typeof data.title === 'string' ? data.title : 'Page',
    description: typeof data.description === 'string' ? data.description : '',
    file: `/site/content/docs/20-guide/page.${extension}`,
    frontMatter: data,
  };
}

function convertCase(name: string): Twin {
  const { text, extension } = readInput(name);
  return convertToTwin(text, loadPage(text, extension), SITE);
}

const asFile = (twin: Twin) => `---\n${twin.frontMatter}---\n\n${twin.body}`;

describe('Markdown twin fixtures', () => {
  it.each(cases)('%s', (name) => {
    const output = asFile(convertCase(name));
    if (update) writeFileSync(join(root, name, 'expected.md'), output);
    expect(output).toBe(readFileSync(join(root, name, 'expected.md'), 'utf8'));
  });

  it.each(cases)('%s: keeps every heading and code block of the page', (name) => {
    const input = parseMarkdown(readInput(name).text);
    const output = parseMarkdown(convertCase(name).body);
    const texts = (tree: ReturnType<typeof parseMarkdown>) => {
      const found = { headings: [] as string[], code: [] as string[] };
      visit(tree, (node) => {
        if (node.type === 'heading') found.headings.push(toString(node as Heading));
        if (node.type === 'code') found.code.push(`${(node as Code).lang ?? ''} ${(node as Code).meta ?? ''}\n${(node as Code).value}`);
      });
      return found;
    };
    expect(texts(output).headings).toEqual(expect.arrayContaining(texts(input).headings));
    expect(texts(output).code).toEqual(texts(input).code);
  });
});

describe('a Markdown twin', () => {
  it('starts with the page title as its level-1 heading', () => {
    expect(convertCase('title-heading').body).toMatch(/^# The title from front matter\n\nText before any heading\./);
    expect(convertCase('code-and-headings').body.match(/^# /gm)).toHaveLength(1);
  });

  it('keeps only the allowed front matter keys, with credentials removed from the repo URL', () => {
    const { frontMatter } = convertCase('front-matter');
    expect(frontMatter).toContain('repo: https://github.com/example-org/guide\n');
    expect(frontMatter).toContain('url: https://docs.example.org/docs/guide/page\n');
    for (const hidden of ['s3cret', 'sidebar_', 'custom_edit_url', 'keywords', 'id: guide']) expect(frontMatter).not.toContain(hidden);
  });

  it('shows admonitions as quotes with a bold label, and tabs as headed sections', () => {
    expect(convertCase('admonitions').body).toContain('> **Mind the _quota_**\n>\n> Check it first.');
    expect(convertCase('tabs').body).toContain('## Install the client\n\n### Debian / Ubuntu\n');
  });

  it('links and shows images by their full address on the site', () => {
    const links = convertCase('links').body;
    expect(links).toContain('(https://docs.example.org/docs/guide/page#install)');
    expect(links).toContain('(https://docs.example.org/docs/other/page#part)');
    expect(links).toContain('[ref]: https://docs.example.org/docs/guide/sibling');
    expect(convertCase('images').body).toContain('(https://docs.example.org/docs/20-guide/images/architecture.svg)');
  });

  it('leaves no site syntax: no import, export, expression or component of the MDX page', () => {
    const body = convertCase('mdx-page').body;
    for (const internal of ['import ', 'export ', '{/*', '<Tabs', '<TabItem', 'SectionCards']) expect(body).not.toContain(internal);
    expect(body).toContain('## CLI\n\nUse the command line.');
  });
});
