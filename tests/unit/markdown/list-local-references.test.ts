import { describe, expect, it } from 'vitest';
import { listLocalReferences } from '../../../src/markdown/list-local-references.js';

describe('listLocalReferences', () => {
  it('finds relative targets of links, images, definitions and html attributes with their positions', () => {
    const text = [
      '# Title',
      '',
      'See [guide](guide.md) and ![diagram](img/arch.svg "Arch") and [ext](https://example.org/x.png).',
      '',
      '> <img alt="logo" src="./logo.png"> in a quote',
      '',
      '<picture><source srcset="a.webp 1x, b.webp 2x"><img src=c.png></picture>',
      '',
      '[def]: ../other/file.pdf',
      '',
      '`[not](code.md)` <!-- <img src="commented.png"> --> [mail](mailto:x@y.z) [top](#title)',
    ].join('\n');
    expect(listLocalReferences(text)).toEqual([
      { url: 'guide.md', line: 3, column: 5, kind: 'link' },
      { url: 'img/arch.svg', line: 3, column: 27, kind: 'image' },
      { url: './logo.png', line: 5, column: 24, kind: 'image' },
      { url: 'a.webp', line: 7, column: 26, kind: 'image' },
      { url: 'b.webp', line: 7, column: 37, kind: 'image' },
      { url: 'c.png', line: 7, column: 57, kind: 'image' },
      { url: '../other/file.pdf', line: 9, column: 1, kind: 'link' },
    ]);
  });

  it('keeps positions right in CRLF documents and decodes character references in html', () => {
    const text = 'intro\r\n\r\n<a href="a.md?x=1&amp;y=2">x</a>\r\n';
    expect(listLocalReferences(text)).toEqual([{ url: 'a.md?x=1&y=2', line: 3, column: 10, kind: 'link' }]);
  });
});
