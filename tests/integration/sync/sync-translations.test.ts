import { existsSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { UnchangedRunProject } from './unchanged-run-project.js';

afterAll(removeTempDirs);

const MANIFEST = `sources:
  - id: suffixed
    repo: example-org/suffixed
    include: ["docs/**"]
    base: docs
    target: docs/s
  - id: mirrored
    repo: example-org/mirrored
    include: ["docs/**"]
    base: docs
    target: docs/m
    translations: [folder]
  - id: docusaurus
    repo: example-org/docusaurus
    include: ["docs/**"]
    base: docs
    target: user-docs/d
`;

const GERMAN_DOCS = 'i18n/de/docusaurus-plugin-content-docs/current';
const GERMAN_USER_DOCS = 'i18n/de/docusaurus-plugin-content-docs-user-docs/current';

/** Three upstreams, one per convention: `name.de.md` beside the page, a `de/` mirror, a Docusaurus i18n folder. */
async function syncedProject() {
  const project = new UnchangedRunProject();
  const suffixed = TestRepo.create({
    'docs/a.md': '# Start\n\nSee [setup](c.md#setup) and [notes](b.md).\n',
    'docs/a.de.md': [
      '# Anfang',
      '',
      'Siehe [Einrichtung](c.md#einrichtung), [Notizen](b.md), [gibt es nicht](c.md#gibt-es-nicht) und ![Plan](plan.svg).',
      '',
    ].join('\n'),
    'docs/b.md': '# Notes\n\n## Details\n',
    'docs/c.md': '# Setup guide\n\n## Setup\n',
    'docs/c.de.md': '# Einrichtungsanleitung\n\n## Einrichtung\n',
    'docs/orphan.de.md': '# Waise\n',
    'docs/plan.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
  });
  const suffixedRemote = project.github.publish('example-org/suffixed', suffixed);
  project.github.publish(
    'example-org/mirrored',
    TestRepo.create({
      'docs/guide.md': '# Guide\n\nRead [the other page](other.md).\n',
      'docs/other.md': '# Other\n',
      'docs/de/guide.md': '# Anleitung\n\nLies [die andere Seite](other.md).\n',
    }),
  );
  project.github.publish(
    'example-org/docusaurus',
    TestRepo.create({
      'docusaurus.config.js': "module.exports = { title: 'D', presets: [['classic', { docs: { path: 'docs' } }]] };\n",
      'docs/intro.md': '---\nid: welcome\n---\n# Intro\n',
      'i18n/de/docusaurus-plugin-content-docs/current/intro.md': '---\nid: willkommen\n---\n# Einführung\n',
    }),
  );
  project.writeManifest(MANIFEST);
  const first = await project.sync();
  expect(first.skipped).toBe(false);
  return { project, suffixed, suffixedRemote, first };
}

const page = (project: UnchangedRunProject, path: string) => matter(project.read(path));

describe('a sync of upstreams with German translations', () => {
  let synced: Awaited<ReturnType<typeof syncedProject>>;
  beforeAll(async () => {
    synced = await syncedProject();
  }, 120_000);

  it('places each convention’s translations in the German tree and never publishes them as English pages', () => {
    const { project, first } = synced;

    const files = [
      'docs/s/a.md',
      'docs/s/c.md',
      'docs/m/guide.md',
      'user-docs/d/intro.md',
      `${GERMAN_DOCS}/s/a.md`,
      `${GERMAN_DOCS}/s/c.md`,
      `${GERMAN_DOCS}/m/guide.md`,
      `${GERMAN_USER_DOCS}/d/intro.md`,
    ];
    for (const file of files) expect(existsSync(join(project.dir, 'content', file)), file).toBe(true);
    for (const file of ['docs/s/a.de.md', 'docs/s/orphan.de.md', 'docs/m/de/guide.md', `${GERMAN_DOCS}/s/b.md`]) {
      expect(existsSync(join(project.dir, 'content', file)), file).toBe(false);
    }
    expect(page(project, `${GERMAN_DOCS}/s/a.md`).content).toContain('# Anfang');
    expect(first.diagnostics).toContainEqual(expect.objectContaining({ code: 'collect/translation-without-page', source: 'suffixed', file: 'docs/orphan.de.md' }));
  });

  it('links a German page to the German page where there is one, else to the English page; anchors checked against the page linked', () => {
    const { project, first } = synced;
    const german = page(project, `${GERMAN_DOCS}/s/a.md`).content;

    expect(german).toContain('[Einrichtung](c.md#einrichtung)');
    expect(german).toContain('[Notizen](../../../../../docs/s/b.md)');
    // the missing anchor is dropped and reported against the German file it is missing from
    expect(german).toContain('[gibt es nicht](./c.md)');
    expect(first.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'link/missing-anchor', source: 'suffixed', file: 'docs/a.de.md', message: expect.stringContaining('"docs/c.de.md"') }),
    );
    // images stay where the English pages have them
    expect(german).toContain('![Plan](../../../../../docs/s/plan.svg)');
    expect(page(project, `${GERMAN_DOCS}/m/guide.md`).content).toContain('[die andere Seite](../../../../../docs/m/other.md)');
    // English pages keep linking English pages
    expect(page(project, 'docs/s/a.md').content).toContain('[setup](c.md#setup)');
  });

  it('gives German pages what English pages get: edit link to the translated file, last update, and the English page’s id', () => {
    const { project } = synced;

    expect(page(project, `${GERMAN_DOCS}/s/a.md`).data).toMatchObject({
      custom_edit_url: 'https://github.com/example-org/suffixed/edit/main/docs/a.de.md',
      last_update: { author: 'Ada Author' },
    });
    expect(page(project, `${GERMAN_DOCS}/m/guide.md`).data.custom_edit_url).toBe('https://github.com/example-org/mirrored/edit/main/docs/de/guide.md');
    expect(page(project, `${GERMAN_USER_DOCS}/d/intro.md`).data.id).toBe('welcome');
  });

  it('counts the translated pages of each source in the report', () => {
    const { first } = synced;

    const translated = Object.fromEntries(first.report.sources.map((source) => [source.id, source.translated]));
    expect(translated).toEqual({ suffixed: { de: 2 }, mirrored: { de: 1 }, docusaurus: { de: 1 } });
    const german = first.report.sources.find((source) => source.id === 'suffixed')!.files.find((file) => file.from === 'docs/a.de.md');
    expect(german).toMatchObject({ locale: 'de', route: '/de/docs/s/a' });
  });

  it('removes a German page whose translation is gone, links to its English page instead, and takes the no-op path after', async () => {
    const { project, suffixed, suffixedRemote } = await syncedProject();
    suffixed.commit({ 'docs/c.de.md': null });
    suffixedRemote.push(suffixed);

    const run = await project.sync();

    expect(run.skipped).toBe(false);
    expect(existsSync(join(project.dir, 'content', GERMAN_DOCS, 's/c.md'))).toBe(false);
    expect(page(project, `${GERMAN_DOCS}/s/a.md`).content).toContain('[Einrichtung](../../../../../docs/s/c.md)');
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ code: 'link/missing-anchor', file: 'docs/a.de.md', message: expect.stringContaining('"docs/c.md"') }));

    const again = await project.sync();
    expect(again.skipped).toBe(true);
    expect(again.report.written).toMatchObject({ changed: 0, removed: 0 });
  });
});
