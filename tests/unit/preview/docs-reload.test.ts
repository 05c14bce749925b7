import { describe, expect, it } from 'vitest';
import { changesDocsMetadata } from '../../../src/preview/docs-reload.js';
import { docsPluginIdOf } from '../../../src/site/preview-reload/docs-reload-signal.js';

const page = (frontMatter: string, body: string) => Buffer.from(`---\n${frontMatter}\n---\n\n${body}`);
const described = 'title: Setup\ndescription: How to set it up.';

describe('which saves make a docs plugin load its pages again', () => {
  it('not a save that changes only the text of a page with its title and description in the front matter', () => {
    expect(changesDocsMetadata('docs/guide/setup.md', page(described, '# Setup\n\nOld.\n'), page(described, '# Setup\n\nNew.\n'))).toBe(false);
  });

  it('a save that changes the front matter (title, sidebar position, last update…)', () => {
    const after = page('title: Setting up\ndescription: How to set it up.', '# Setup\n');
    expect(changesDocsMetadata('docs/guide/setup.md', page(described, '# Setup\n'), after)).toBe(true);
  });

  it('any save of a page whose title or description Docusaurus takes from the text', () => {
    expect(changesDocsMetadata('docs/guide/setup.md', page('title: Setup', 'Old.\n'), page('title: Setup', 'New.\n'))).toBe(true);
    expect(changesDocsMetadata('docs/guide/setup.md', page('description: Short.', '# A\n'), page('description: Short.', '# B\n'))).toBe(true);
  });

  it('a page added or removed, and every file of a section that is not a page (category and navigation files)', () => {
    expect(changesDocsMetadata('docs/guide/new.md', undefined, page(described, 'x'))).toBe(true);
    expect(changesDocsMetadata('docs/guide/old.md', page(described, 'x'), undefined)).toBe(true);
    expect(changesDocsMetadata('docs/guide/_category_.json', Buffer.from('{}'), Buffer.from('{"label":"Guide"}'))).toBe(true);
  });

  it('nothing outside the docs sections (data files the site reads otherwise)', () => {
    expect(changesDocsMetadata('api/standards.json', Buffer.from('{}'), Buffer.from('[]'))).toBe(false);
  });
});

describe('the docs instance of a site path', () => {
  it('is the section folder, the operators section being the default instance', () => {
    expect(docsPluginIdOf('standards/scs-0100-v3-flavor-naming.md')).toBe('standards');
    expect(docsPluginIdOf('docs/guide/setup.md')).toBe('default');
  });

  it('is the English section of a translated page', () => {
    expect(docsPluginIdOf('i18n/de/docusaurus-plugin-content-docs-user-docs/current/guide/setup.md')).toBe('user-docs');
    expect(docsPluginIdOf('i18n/de/docusaurus-plugin-content-docs/current/guide/setup.md')).toBe('default');
  });

  it('is none for files outside the sections', () => {
    expect(docsPluginIdOf('api/standards.json')).toBeUndefined();
  });
});
