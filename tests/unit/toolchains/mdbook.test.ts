/**
 * The mdbook reader: conversion fixtures (tests/fixtures/toolchains/mdbook/, see tests/helpers/toolchain-fixtures.ts;
 * UPDATE_FIXTURES=1 rewrites the expectations), every converted fixture page built with the site's pipeline,
 * detection, and which files are pages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseToolchain } from '../../../src/toolchains/index.js';
import { describeToolchainFixtures, runFixtureCase } from '../../helpers/toolchain-fixtures.js';

const root = fileURLToPath(new URL('../../fixtures/toolchains/mdbook/', import.meta.url));

describeToolchainFixtures('mdbook');

describe('mdbook pages', () => {
  it('leaves SUMMARY.md, included partials and files outside the sources out', async () => {
    const result = await runFixtureCase(join(root, 'include-whole-file'));
    expect(result.isPage('src/chapter.md')).toBe(true);
    expect(result.isPage('src/SUMMARY.md')).toBe(false);
    expect(result.isPage('src/snippets/note.md')).toBe(false);
    expect(result.isPage('README.md')).toBe(false);
  });

  it('builds pages SUMMARY.md does not list (the sidebar reports them)', async () => {
    const result = await runFixtureCase(join(root, 'summary-navigation'));
    expect(result.isPage('src/unlisted.md')).toBe(true);
  });
});

describe('mdbook detection', () => {
  const paths = (...list: string[]) => new Set(list);

  it('finds book.toml in the base folder or a folder above it', () => {
    expect(chooseToolchain({ base: 'docs/book/src' }, paths('docs/book/book.toml', 'docs/book/src/SUMMARY.md'))).toEqual({ toolchain: expect.objectContaining({ name: 'mdbook' }), config: 'docs/book/book.toml', detected: true });
    expect(chooseToolchain({ base: 'book' }, paths('book/book.toml', 'book/src/SUMMARY.md')).config).toBe('book/book.toml');
  });

  it('takes a SUMMARY.md in the base folder without a book.toml', () => {
    const chosen = chooseToolchain({ base: 'docs' }, paths('docs/SUMMARY.md', 'docs/intro.md'));
    expect(chosen.toolchain.name).toBe('mdbook');
    expect(chosen.config).toBeUndefined();
  });

  it('is not chosen for other sources', () => {
    expect(chooseToolchain({ base: 'docs' }, paths('docs/index.md', 'docs/sub/SUMMARY.md')).toolchain.name).not.toBe('mdbook');
  });

  it('is chosen by `config: book.toml` in repos.yaml', () => {
    expect(chooseToolchain({ base: 'manual', config: 'tools/book.toml' }, paths('tools/book.toml')).toolchain.name).toBe('mdbook');
  });
});
