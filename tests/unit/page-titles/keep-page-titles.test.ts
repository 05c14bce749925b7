import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { keepPageTitles } from '../../../src/preview/keep-page-titles.js';
import type { OutputFile } from '../../../src/write/types.js';

const page = (to: string, title: string): OutputFile => ({ to, source: 'x', content: Buffer.from(`---\ntitle: ${title}\n---\n# ${title}\n`) });
const headTitles = (files: readonly OutputFile[]) => Object.fromEntries(files.map((file) => [file.to, matter(file.content.toString('utf8'), {}).data.head_title as unknown]));

describe('keepPageTitles (the preview)', () => {
  it('rewrites the pages an edit elsewhere makes ambiguous, and again when it no longer is', () => {
    const guide = page('docs/guide/overview.md', 'Overview');
    const other = page('docs/api/intro.md', 'Intro');
    const keeper = keepPageTitles([], [guide, other]);
    const renamed = page('docs/api/intro.md', 'Overview');
    expect(headTitles(keeper.update([guide, renamed], [renamed]))).toEqual({ 'docs/api/intro.md': 'Overview · api', 'docs/guide/overview.md': 'Overview · guide' });
    expect(headTitles(keeper.update([guide, other], [other]))).toEqual({ 'docs/api/intro.md': undefined, 'docs/guide/overview.md': undefined });
    expect(keeper.update([guide, other], [other])).toEqual([other]);
  });
});
