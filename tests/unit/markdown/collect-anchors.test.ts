import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { collectAnchors } from '../../../src/markdown/collect-anchors.js';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';

const require = createRequire(import.meta.url);
const { createSlugger } = require('@docusaurus/utils') as { createSlugger: () => { slug: (text: string) => string } };

describe('collectAnchors', () => {
  it('makes heading ids like Docusaurus: slugs, duplicates numbered, explicit ids win, h1 is the page title', () => {
    const text = [
      '# Flavor Naming',
      '## Usage',
      '## Usage',
      '## Über `code` & **bold** (v2.0)',
      '## Custom heading {#my-id}',
      '## Commented <!-- #from-comment -->',
      '## Usage',
      'Setext heading',
      '--------------',
      '<a id="html-id"></a><a name="old-style"></a>',
    ].join('\n');
    const { anchors, titleAnchors } = collectAnchors(parseMarkdown(text));
    expect([...titleAnchors]).toEqual(['flavor-naming']);
    expect([...anchors]).toEqual([
      'usage',
      'usage-1',
      'über-code--bold-v20',
      'my-id',
      'from-comment',
      'usage-2',
      'setext-heading',
      'html-id',
      'old-style',
    ]);
  });

  it.each(['Hello World', 'Ünïcödé ✓ test', 'emoji 🎉 here', 'A.B (c) – “quotes”', 'snake_case and kebab-case', '  spaced  out  '])(
    'slugs %s as Docusaurus does',
    (heading) => {
      const [anchor] = collectAnchors(parseMarkdown(`## ${heading}`)).anchors;
      expect(anchor).toBe(createSlugger().slug(heading.trim()));
    },
  );
});
