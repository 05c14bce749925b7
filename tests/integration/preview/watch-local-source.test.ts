import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { useIsolatedGit } from '../../helpers/fetch-fixtures.js';
import { PreviewProject } from './preview-harness.js';

const project = new PreviewProject();
useIsolatedGit(() => project.github.env());

const GUIDE = {
  'docs/intro.md': '# Intro\n\nRead the [setup](setup.md#install) and the [faq](faq.md).\n',
  'docs/setup.md': '# Setup\n\n## Install\n\nRun it.\n',
  'docs/faq.md': '# FAQ\n\nNothing yet.\n',
  'src/main.go': 'package main\n',
};
const OTHER = {
  'overview.md': '# Other\n\nSee [the new page](https://github.com/example-org/guide/blob/main/docs/new.md) and [setup](https://github.com/example-org/guide/blob/main/docs/setup.md).\n',
};

describe('preview: following a local checkout', () => {
  beforeAll(async () => {
    await project.start(GUIDE, OTHER);
  });
  afterAll(async () => {
    await project.stop();
  });

  it('starts from the working tree, with edit links upstream and the commit as last update', () => {
    const intro = project.page('docs/guide/intro.md');
    expect(intro.data.custom_edit_url).toBe('https://github.com/example-org/guide/edit/main/docs/intro.md');
    expect(intro.data.last_update).toMatchObject({ author: 'Ada Author' });
  });

  it('rewrites an edited page, marks it uncommitted and leaves the other pages untouched', async () => {
    const faqModified = project.modifiedAt('docs/guide/faq.md');
    const otherModified = project.modifiedAt('user-docs/other/overview.md');
    const update = await project.edit({ 'docs/intro.md': '# Intro\n\nNow: [setup](setup.md#install), [faq](faq.md).\n' });
    expect(update.written).toEqual(['docs/guide/intro.md']);
    expect(update.docsReload).toEqual(['docs/guide/intro.md']); // its last update changed: the docs plugin must know
    const intro = project.page('docs/guide/intro.md');
    expect(intro.content).toContain('Now: [setup](setup.md#install), [faq](faq.md).');
    expect(intro.data.last_update).toEqual({ author: 'uncommitted changes' });
    expect(intro.data.custom_edit_url).toBe('https://github.com/example-org/guide/edit/main/docs/intro.md');
    expect(project.modifiedAt('docs/guide/faq.md')).toBe(faqModified);
    expect(project.modifiedAt('user-docs/other/overview.md')).toBe(otherModified);
  });

  it('leaves the docs plugin alone when only the text below the first paragraph changed (the bundler rebuilds it)', async () => {
    const update = await project.edit({ 'docs/intro.md': '# Intro\n\nNow: [setup](setup.md#install), [faq](faq.md).\n\nA second paragraph.\n' });
    expect(update.written).toEqual(['docs/guide/intro.md']);
    expect(update.docsReload).toEqual([]);
    const title = await project.edit({ 'docs/intro.md': '# Introduction\n\nNow: [setup](setup.md#install), [faq](faq.md).\n\nA second paragraph.\n' });
    expect(title.docsReload).toEqual(['docs/guide/intro.md']);
  });

  it('reports a link the edit breaks at once, with the upstream file and line, and notices the fix', async () => {
    const broken = await project.edit({ 'docs/faq.md': '# FAQ\n\nSee [the guide](guide.md).\n' });
    expect(broken.introduced.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "guide (https://github.com/example-org/guide) docs/faq.md:3:5: warning: broken link "guide.md": "docs/guide.md" does not exist in the repository
        hint: Fix or remove the link in the upstream file; the site links to the missing path upstream for now.",
      ]
    `);
    const fixed = await project.edit({ 'docs/faq.md': '# FAQ\n\nSee [the intro](intro.md).\n' });
    expect(fixed.introduced).toEqual([]);
    expect(fixed.resolved.map((d) => d.code)).toEqual(['link/missing-target']);
    expect(project.read('docs/guide/faq.md')).toContain('[the intro](intro.md)');
  });

  it('re-checks the pages that link to a heading the edit renames', async () => {
    const update = await project.edit({ 'docs/setup.md': '# Setup\n\n## Installation\n\nRun it.\n' });
    expect(update.written).toContain('docs/guide/setup.md');
    expect(update.introduced.map((d) => [d.file, d.line, d.code])).toEqual([['docs/intro.md', 3, 'link/missing-anchor']]);
  });

  it('publishes an added file and turns links to it in other sources into site links', async () => {
    const update = await project.edit({ 'docs/new.md': '# New page\n\nFresh.\n' });
    expect(update.written).toEqual(expect.arrayContaining(['docs/guide/new.md', 'user-docs/other/overview.md']));
    expect(update.docsReload).toContain('docs/guide/new.md');
    expect(project.page('docs/guide/new.md').data.last_update).toEqual({ author: 'uncommitted changes' });
    expect(project.read('user-docs/other/overview.md')).toContain('[the new page](/docs/guide/new)');
  });

  it('moves a renamed file and reports the links the rename broke', async () => {
    const update = await project.edit({ 'docs/faq.md': null, 'docs/questions.md': '# FAQ\n\nSee [the intro](intro.md).\n' });
    expect(update.removed).toEqual(['docs/guide/faq.md']);
    expect(update.written).toEqual(expect.arrayContaining(['docs/guide/questions.md', 'docs/guide/intro.md']));
    expect(existsSync(join(project.dir, 'content/docs/guide/faq.md'))).toBe(false);
    expect(update.introduced.map((d) => [d.file, d.line, d.code])).toEqual([['docs/intro.md', 3, 'link/missing-target']]);
  });

  it('removes a deleted file and reports the link that pointed to it', async () => {
    const update = await project.edit({ 'docs/new.md': null });
    expect(update.removed).toEqual(['docs/guide/new.md']);
    expect(update.docsReload).toContain('docs/guide/new.md');
    expect(project.read('user-docs/other/overview.md')).toContain('https://github.com/example-org/guide/blob/main/docs/new.md');
    expect(project.errors).toEqual([]);
  });

  it('follows German translations: added, linked from other German pages, and removed', async () => {
    const german = 'i18n/de/docusaurus-plugin-content-docs/current/guide';
    const added = await project.edit({ 'docs/setup.de.md': '# Einrichtung\n\n## Installieren\n' });
    expect(added.written).toEqual([`${german}/setup.md`]);
    expect(project.page(`${german}/setup.md`).data.custom_edit_url).toBe('https://github.com/example-org/guide/edit/main/docs/setup.de.md');

    await project.edit({ 'docs/intro.de.md': '# Einführung\n\n[Einrichtung](setup.md#installieren), [Fragen](questions.md).\n' });
    expect(project.read(`${german}/intro.md`)).toContain('[Einrichtung](setup.md#installieren), [Fragen](../../../../../docs/guide/questions.md).');

    const removed = await project.edit({ 'docs/setup.de.md': null });
    expect(removed.removed).toEqual([`${german}/setup.md`]);
    expect(project.read(`${german}/intro.md`)).toContain('[Einrichtung](../../../../../docs/guide/setup.md)');
    expect(removed.introduced.map((d) => [d.file, d.code])).toEqual([['docs/intro.de.md', 'link/missing-anchor']]);
  });
});
