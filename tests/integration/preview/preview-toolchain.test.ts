/**
 * The contributor preview reads a working tree with its docs toolchain, as the sync does: an mdBook checkout's
 * include is filled in, and saving the included file (outside the include globs) re-renders the including page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { PreviewProject } from './preview-harness.js';

const project = new PreviewProject();
useIsolatedGit(() => project.github.env());

const BOOK = {
  'book.toml': '[book]\ntitle = "Guide"\nsrc = "docs"\n',
  'docs/SUMMARY.md': '# Summary\n\n- [Chapter](chapter.md)\n- [Other](other.md)\n',
  'docs/chapter.md': '# Chapter\n\n{{#include ../snippets/note.md}}\n',
  'docs/other.md': '# Other\n\nNothing included here.\n',
  'snippets/note.md': 'The first version of the note.\n',
};
const OTHER = { 'overview.md': '# Other source\n' };

describe('preview of a source written for a docs toolchain', () => {
  beforeAll(async () => {
    await project.start(BOOK, OTHER);
  });
  afterAll(async () => {
    await project.stop();
  });

  it('shows the included text, not the directive, and no page for SUMMARY.md', () => {
    const chapter = project.page('docs/guide/chapter.md');
    expect(chapter.content).toContain('The first version of the note.');
    expect(chapter.content).not.toContain('{{#include');
    expect(() => project.read('docs/guide/SUMMARY.md')).toThrow();
  });

  it('re-renders the including page when the included file is saved, and only that page', async () => {
    const otherModified = project.modifiedAt('docs/guide/other.md');
    const update = await project.edit({ 'snippets/note.md': 'The second version of the note.\n' });
    expect(update.written).toContain('docs/guide/chapter.md');
    expect(project.page('docs/guide/chapter.md').content).toContain('The second version of the note.');
    expect(project.modifiedAt('docs/guide/other.md')).toBe(otherModified);
  });
});
