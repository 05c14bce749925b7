import { describe, expect, it } from 'vitest';
import { formatLlmsFull, formatLlmsTxt, type LlmsSection } from '../../../../src/site/markdown-twins/format-llms-txt.js';
import { orderSectionDocs, type LoadedDoc, type LoadedDocsContent } from '../../../../src/site/markdown-twins/order-section-docs.js';
import { toTwinPath } from '../../../../src/site/markdown-twins/twin-path.js';

const doc = (id: string, extra: Partial<LoadedDoc> = {}): LoadedDoc => ({
  id,
  title: id.toUpperCase(),
  description: '',
  source: `@site/content/docs/${id}.md`,
  permalink: `/docs/${id}`,
  unlisted: false,
  frontMatter: {},
  ...extra,
});

const SITE = { title: 'Example Docs', summary: 'Docs of an example.' };

const page = (title: string, description = '') => ({
  title,
  description,
  twinUrl: `https://docs.example.org/docs/${title}.md`,
  pageUrl: `https://docs.example.org/docs/${title}`,
  body: `# ${title}\n\nText of ${title}.\n`,
});

describe('the twin of a URL', () => {
  it('is the URL plus .md, without a trailing slash', () => {
    expect(toTwinPath('/docs/a/b')).toBe('/docs/a/b.md');
    expect(toTwinPath('/docs/a/')).toBe('/docs/a.md');
    expect(toTwinPath('/')).toBe('/index.md');
  });
});

describe('the order of a section', () => {
  it('follows the sidebar (a category page before its items), then the docs no sidebar shows; unlisted docs are left out', () => {
    const content: LoadedDocsContent = {
      loadedVersions: [
        {
          contentPath: '/site/content/docs',
          docs: [doc('z-first-on-disk'), doc('guide'), doc('intro'), doc('step'), doc('hidden', { unlisted: true })],
          sidebars: {
            sidebar: [
              { type: 'doc', id: 'intro' },
              { type: 'category', link: { type: 'doc', id: 'guide' }, items: [{ type: 'doc', id: 'step' }, { type: 'link' }] },
            ],
          },
        },
      ],
    };
    expect(orderSectionDocs(content).map((d) => d.id)).toEqual(['intro', 'guide', 'step', 'z-first-on-disk']);
  });
});

describe('llms.txt', () => {
  const sections: LlmsSection[] = [
    { label: 'For Operators', pages: [page('intro', 'Start\nhere.'), page('a [bracketed] title')] },
    { label: 'Empty', pages: [] },
    { label: 'Standards', pages: [page('scs-0001')] },
  ];
  const text = formatLlmsTxt(SITE, sections);
  const lines = text.split('\n');

  it('has the llmstxt.org shape: H1 name, quoted summary, one H2 per section with a list of links', () => {
    expect(lines[0]).toBe('# Example Docs');
    expect(lines[2]).toBe('> Docs of an example.');
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## For Operators', '## Standards']);
    expect(text).toContain('- [intro](https://docs.example.org/docs/intro.md): Start here.\n');
    expect(text).toContain('- [scs-0001](https://docs.example.org/docs/scs-0001.md)\n');
  });

  it('escapes titles as Markdown needs', () => {
    expect(text).toContain('- [a \\[bracketed\\] title](');
  });

  it('llms-full.txt holds every page in the same order, each with its address', () => {
    const full = formatLlmsFull(SITE, sections);
    const titles = full.split('\n').filter((line) => line.startsWith('# ')).slice(1);
    expect(titles).toEqual(['# intro', '# a [bracketed] title', '# scs-0001']);
    expect(full).toContain('# intro\n\nURL: https://docs.example.org/docs/intro\n\nText of intro.\n');
  });
});
