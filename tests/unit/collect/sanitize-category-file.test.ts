import { describe, expect, it } from 'vitest';
import { isCategoryFile, sanitizeCategoryFile } from '../../../src/collect/sanitize-category-file.js';

const read = (result: ReturnType<typeof sanitizeCategoryFile>) => (result.kind === 'kept' ? JSON.parse(result.content.toString()) : result);

describe("an upstream folder's _category_ file", () => {
  it('is recognised in its JSON and YAML forms', () => {
    expect(['docs/_category_.json', '_category_.yml', 'a/_category_.yaml'].every(isCategoryFile)).toBe(true);
    expect(isCategoryFile('docs/category.json')).toBe(false);
  });

  it('keeps what describes the folder and leaves out links to the upstream site and values of the wrong type', () => {
    const result = sanitizeCategoryFile(Buffer.from('label: Guides\nposition: 2\ncollapsed: "no"\nlink:\n  type: doc\n  id: intro\n'));
    expect(read(result)).toEqual({ label: 'Guides', position: 2 });
    expect(result).toMatchObject({ dropped: ['collapsed', 'link'] });
  });

  it('keeps a generated index page with its title and description, without the upstream URL it had', () => {
    const result = sanitizeCategoryFile(
      Buffer.from(JSON.stringify({ label: 'About', link: { type: 'generated-index', title: 'About us', description: 'Who we are', slug: '/about' } })),
    );
    expect(read(result)).toEqual({ label: 'About', link: { type: 'generated-index', title: 'About us', description: 'Who we are' } });
    expect(result).toMatchObject({ dropped: ['link.slug'] });
  });

  it('is refused when it is not a mapping (Docusaurus would stop the build on it)', () => {
    expect(sanitizeCategoryFile(Buffer.from('{"label": "Guides",'))).toMatchObject({ kind: 'invalid' });
    expect(sanitizeCategoryFile(Buffer.from('- a\n- b\n'))).toEqual({ kind: 'invalid', reason: 'it is not a mapping of keys to values' });
  });
});
