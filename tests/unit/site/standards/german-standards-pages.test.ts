import { posix } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { localizedSectionDir } from '../../../../src/manifest/sections.js';
import { standardsGenerator } from '../../../../src/site/standards/standards-generator.js';
import { loadFixtureFiles, NOW } from './fixture-files.js';

const { files } = standardsGenerator.generate({ files: loadFixtureFiles(), now: NOW });
const GERMAN = localizedSectionDir('', 'de', 'standards');
const text = (to: string) => {
  const file = files.find((candidate) => candidate.to === to);
  if (!file) throw new Error(`${to} was not generated`);
  return file.content.toString('utf8');
};

describe('the German standards pages', () => {
  it('are generated for every English page, at the same place in the German tree', () => {
    const english = files.filter((file) => file.to.startsWith('standards/') && file.to.endsWith('.md')).map((file) => posix.relative('standards', file.to));
    const german = files.filter((file) => file.to.startsWith(`${GERMAN}/`) && file.to.endsWith('.md')).map((file) => posix.relative(GERMAN, file.to));
    expect(english.length).toBeGreaterThan(0);
    expect(german.sort()).toEqual(english.sort());
  });

  it('say states, table headers and dates in German', () => {
    const page = text(`${GERMAN}/iaas/scs-0100.md`);
    expect(page).toMatch(/^\| Version \| Titel \| Typ \| Status \| Stabilisiert \| Veraltet seit \|$/m);
    expect(page).toMatch(/\| (Gültig|Entwurf|Veraltet)[^|]* \|/);
    expect(page).toMatch(/Status am \d{2}\.\d{2}\.\d{4}\./);
    expect(page).not.toMatch(/\| \d{4}-\d{2}-\d{2} \|/);
    const overview = matter(text(`${GERMAN}/overview.md`));
    expect(overview.data).toMatchObject({ title: 'Überblick über die Standards', sidebar_label: 'Überblick' });
  });

  it('link each other in the German tree and the English-only documents in the section', () => {
    const documents = new Set(loadFixtureFiles().map((file) => file.to));
    const germanPages = files.filter((file) => file.to.startsWith(`${GERMAN}/`) && file.to.endsWith('.md'));
    const germanPaths = new Set(germanPages.map((file) => file.to));
    const links = germanPages.flatMap((file) =>
      [...file.content.toString('utf8').matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].filter((match) => !/^[a-z]+:/.test(match[1]!)).map((match) => posix.join(posix.dirname(file.to), match[1]!)),
    );
    expect(links.some((target) => target.startsWith('standards/'))).toBe(true);
    expect(links.some((target) => target.startsWith(`${GERMAN}/`))).toBe(true);
    // the English generated pages are not built in the German site (their German versions are): never linked
    for (const target of links) expect(germanPaths.has(target) || documents.has(target), target).toBe(true);
  });

  it('have a German sidebar with the same documents', () => {
    const english = JSON.parse(text('standards/_sidebar.json'));
    const german = JSON.parse(text(`${GERMAN}/_sidebar.json`));
    const ids = (items: { id?: string; link?: { id: string }; items?: unknown[] }[]): string[] =>
      items.flatMap((item) => [item.id ?? item.link?.id ?? '', ...ids((item.items ?? []) as never)]);
    expect(ids(german.items)).toEqual(ids(english.items));
    expect(german.items[0].label).toBe('Überblick');
    expect(JSON.stringify(german)).toMatch(/\(gültig\)|\(entwurf\)/);
  });
});
