/**
 * The hugo reader: conversion fixtures (tests/fixtures/toolchains/hugo/, see tests/helpers/toolchain-fixtures.ts;
 * UPDATE_FIXTURES=1 rewrites the expectations), every converted fixture page built with the site's pipeline,
 * detection, and which files are pages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseToolchain } from '../../../src/toolchains/index.js';
import { describeToolchainFixtures, runFixtureCase } from '../../helpers/toolchain-fixtures.js';

const root = fileURLToPath(new URL('../../fixtures/toolchains/hugo/', import.meta.url));

describeToolchainFixtures('hugo');


describe('hugo pages', () => {
  it('takes content files as pages, not the resources of leaf bundles, headless bundles or files outside content/', async () => {
    const result = await runFixtureCase(join(root, 'navigation-sections'));
    expect(result.isPage('content/docs/zeta.md')).toBe(true);
    expect(result.isPage('content/docs/_index.md')).toBe(true);
    expect(result.isPage('content/docs/bundle/index.md')).toBe(true);
    expect(result.isPage('content/docs/bundle/notes.md')).toBe(false);
    expect(result.isPage('content/docs/headless/index.md')).toBe(false);
    expect(result.isPage('README.md')).toBe(false);
  });

  it('names a section\'s _index.md its index page', async () => {
    const result = await runFixtureCase(join(root, 'navigation-sections'));
    expect(result.pageName('content/docs/_index.md')).toBe('index');
    expect(result.pageName('content/docs/zeta.md')).toBeUndefined();
  });
});

describe('hugo detection', () => {
  const paths = (...list: string[]) => new Set(list);

  it('finds hugo.* or config.* beside a content/ folder, in the base folder or above', () => {
    expect(chooseToolchain({ base: 'site/content' }, paths('site/config.toml', 'site/content/_index.md'))).toEqual({ toolchain: expect.objectContaining({ name: 'hugo' }), config: 'site/config.toml', detected: true });
    expect(chooseToolchain({ base: 'content/docs' }, paths('hugo.yaml', 'content/docs/a.md')).config).toBe('hugo.yaml');
    expect(chooseToolchain({ base: '' }, paths('hugo.json', 'content/a.md')).config).toBe('hugo.json');
  });

  it('finds a config folder (config/_default/hugo.toml)', () => {
    expect(chooseToolchain({ base: 'website/content' }, paths('website/config/_default/hugo.toml', 'website/content/a.md')).config).toBe('website/config/_default/hugo.toml');
  });

  it('needs the content folder: a config.yaml alone is no Hugo site', () => {
    expect(chooseToolchain({ base: 'docs' }, paths('config.yaml', 'docs/a.md')).toolchain.name).not.toBe('hugo');
  });

  it('is chosen by `config: hugo.toml` in repos.yaml', () => {
    expect(chooseToolchain({ base: 'docs', config: 'site/hugo.toml' }, paths('site/hugo.toml')).toolchain.name).toBe('hugo');
  });
});
