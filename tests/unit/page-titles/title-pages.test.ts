import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { originalOffset } from '../../../src/markdown/apply-edits.js';
import { growFrontMatterEdit } from '../../../src/pipeline/title-stage.js';
import { addHeadTitle, readFolderLabels, titlePages } from '../../../src/page-titles/index.js';
import type { OutputFile } from '../../../src/write/types.js';

const page = (to: string, title: string, source = 'x'): OutputFile => ({ to, source, content: Buffer.from(`---\ntitle: ${title}\nsource:\n  id: ${source}\n---\n# ${title}\n\nText.\n`) });
const headTitle = (file: OutputFile | undefined) => (file ? (matter(file.content.toString('utf8'), {}).data.head_title as string | undefined) : undefined);

describe('titlePages', () => {
  const tree = [
    page('docs/04-operating-scs/components/status-page-api/overview.md', 'Overview', 'status'),
    page('docs/03-container/components/container-registry/README.md', 'Overview', 'harbor'),
    page('docs/03-container/components/container-registry/install.md', 'Install', 'harbor'),
    page('standards/scs-0100-v1-flavor-naming.md', 'SCS Flavor Naming Standard', 'standards'),
    page('standards/scs-0100-v2-flavor-naming.md', 'SCS Flavor Naming Standard', 'standards'),
    page('standards/_certification/overview.md', 'Overview', 'standards'),
    { to: 'docs/03-container/components/container-registry/_category_.json', source: 'site-metadata', content: Buffer.from('{"label": "Container registry (Harbor)"}') },
  ];
  const labels = readFolderLabels([...tree, { to: 'docs/04-operating-scs/components/status-page-api/_category_.json', source: 'site-metadata', content: Buffer.from('{"label": "Status Page API"}') }]);
  const { outputs, added } = titlePages(tree, labels);
  const byPath = new Map(outputs.map((file) => [file.to, file]));

  it('adds a head_title naming what the page belongs to where the title is shared, keeping title and heading', () => {
    expect(headTitle(byPath.get('docs/04-operating-scs/components/status-page-api/overview.md'))).toBe('Overview · Status Page API');
    expect(headTitle(byPath.get('docs/03-container/components/container-registry/README.md'))).toBe('Overview · Container registry (Harbor)');
    expect(headTitle(byPath.get('standards/scs-0100-v2-flavor-naming.md'))).toBe('SCS Flavor Naming Standard v2');
    const text = byPath.get('standards/scs-0100-v2-flavor-naming.md')!.content.toString('utf8');
    expect(matter(text, {}).data.title).toBe('SCS Flavor Naming Standard');
    expect(text.endsWith('---\n# SCS Flavor Naming Standard\n\nText.\n')).toBe(true);
  });

  it('leaves unique titles, files Docusaurus skips and other files alone', () => {
    expect(byPath.get('docs/03-container/components/container-registry/install.md')).toBe(tree[2]);
    expect(byPath.get('standards/_certification/overview.md')).toBe(tree[5]);
    expect(byPath.get('docs/03-container/components/container-registry/_category_.json')).toBe(tree[6]);
    expect([...added.keys()].sort()).toHaveLength(4);
  });
});

describe('addHeadTitle', () => {
  it('adds one line at the end of the front matter, quoted as YAML needs, in the line ending of the file', () => {
    expect(addHeadTitle('---\r\ntitle: a\r\n---\r\nbody\r\n', 'Setup: first steps · "CLI"')).toBe('---\r\ntitle: a\r\nhead_title: \'Setup: first steps · "CLI"\'\r\n---\r\nbody\r\n');
    expect(addHeadTitle('# no front matter\n', 'x')).toBeUndefined();
  });

  it('keeps the upstream lines of what comes after it (the front matter edit grows)', () => {
    const upstream = '# Title\n\nText.\n';
    const transformed = '---\ntitle: Title\n---\n# Title\n\nText.\n';
    const spans = [0, 0, transformed.indexOf('# Title')];
    const titled = addHeadTitle(transformed, 'Title · Guide')!;
    const grown = growFrontMatterEdit(spans, titled.length - transformed.length);
    expect(originalOffset(grown, titled.indexOf('Text.'))).toBe(upstream.indexOf('Text.'));
  });
});

describe('titlePages in a translated site', () => {
  const german = 'i18n/de/docusaurus-plugin-content-docs/current';
  const tree = [
    page('docs/a/overview.md', 'Overview'),
    page('docs/b/overview.md', 'Overview'),
    page('docs/a/volumes.md', 'Volumes'),
    page(`${german}/a/overview.md`, 'Überblick'),
    page(`${german}/a/volumes.md`, 'Volumes'),
    page(`${german}/b/volumes-howto.md`, 'Volumes'),
    page('docs/b/volumes-howto.md', 'Volume how-to'),
  ];
  const byPath = new Map(titlePages(tree, new Map()).outputs.map((file) => [file.to, file]));

  it('tells apart the pages of one language’s site: its translations and the English pages it has no translation of', () => {
    // the English site: both overviews share a title
    expect(headTitle(byPath.get('docs/a/overview.md'))).toBe('Overview · a');
    // the German site has "Überblick" and the untranslated English "Overview": nothing shared
    expect(headTitle(byPath.get(`${german}/a/overview.md`))).toBeUndefined();
    // two German pages called "Volumes", named after their folders as the English pages would be
    expect(headTitle(byPath.get(`${german}/a/volumes.md`))).toBe('Volumes · a');
    expect(headTitle(byPath.get(`${german}/b/volumes-howto.md`))).toBe('Volumes · b');
    // a translation never makes an English title ambiguous
    expect(headTitle(byPath.get('docs/a/volumes.md'))).toBeUndefined();
  });
});
