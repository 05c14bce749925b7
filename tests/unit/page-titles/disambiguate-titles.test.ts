import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disambiguateTitles, titleKey, type Qualifier, type TitledPage } from '../../../src/page-titles/disambiguate-titles.js';

const part = (partOf: string): Qualifier => ({ partOf });

describe('disambiguateTitles', () => {
  it('names what a shared title belongs to, and keeps unique titles', () => {
    const titles = disambiguateTitles([
      { to: 'docs/status-page/overview.md', title: 'Overview', qualifiers: [part('Status Page'), part('Operating SCS')] },
      { to: 'docs/harbor/overview.md', title: 'Overview', qualifiers: [part('Container registry (Harbor)'), part('Container')] },
      { to: 'docs/harbor/install.md', title: 'Install Harbor', qualifiers: [part('Container registry (Harbor)')] },
    ]);
    expect(Object.fromEntries(titles)).toEqual({
      'docs/status-page/overview.md': 'Overview · Status Page',
      'docs/harbor/overview.md': 'Overview · Container registry (Harbor)',
      'docs/harbor/install.md': 'Install Harbor',
    });
  });

  it("names a standard's versions by version", () => {
    const standards = [1, 2, 3].map((n) => ({ to: `standards/scs-0100-v${n}-flavor-naming.md`, title: 'SCS Flavor Naming Standard', qualifiers: [{ version: `v${n}` }, part('Standards')] }));
    expect([...disambiguateTitles(standards).values()]).toEqual(['SCS Flavor Naming Standard v1', 'SCS Flavor Naming Standard v2', 'SCS Flavor Naming Standard v3']);
  });

  it('goes up a level for the pages the nearest label does not tell apart, and never takes a title another page has', () => {
    const titles = disambiguateTitles([
      { to: 'a/install/quickstart.md', title: 'Quickstart', qualifiers: [part('install'), part('Alpha')] },
      { to: 'b/install/quickstart.md', title: 'Quickstart', qualifiers: [part('install'), part('Beta')] },
      { to: 'c/quickstart/index.md', title: 'Quickstart', qualifiers: [part('quickstart'), part('Gamma')] },
      { to: 'd/page.md', title: 'Quickstart · Alpha', qualifiers: [] },
    ]);
    expect(titles.get('a/install/quickstart.md')).toBe('Quickstart · a/install/quickstart.md');
    expect(titles.get('b/install/quickstart.md')).toBe('Quickstart · Beta');
    expect(titles.get('c/quickstart/index.md')).toBe('Quickstart · Gamma');
    expect(titles.get('d/page.md')).toBe('Quickstart · Alpha');
  });

  it('skips a folder named like the page', () => {
    const titles = disambiguateTitles([
      { to: 'guide/getting-started/index.md', title: 'Getting started', qualifiers: [part('getting-started'), part('Guide')] },
      { to: 'other/getting-started.md', title: 'Getting started', qualifiers: [part('other')] },
    ]);
    expect(Object.fromEntries(titles)).toEqual({ 'guide/getting-started/index.md': 'Getting started · Guide', 'other/getting-started.md': 'Getting started · other' });
  });

  const pages = fc
    .uniqueArray(
      fc.record({
        to: fc.stringMatching(/^[a-c]{1,3}(\/[a-c]{1,2}){0,2}\.md$/),
        title: fc.constantFrom('Overview', 'overview ', 'Quickstart', 'Overview · a', 'Setup', 'v1', 'Setup v1'),
        qualifiers: fc.array(fc.oneof(fc.constantFrom('a', 'b', 'Overview', '', 'A').map(part), fc.constantFrom('v1', 'v2').map((version) => ({ version }))), { maxLength: 3 }),
      }),
      { selector: (page) => page.to, maxLength: 30 },
    )
    .map((list): TitledPage[] => list);

  it('gives every page a title no other page has, in any case', () => {
    fc.assert(
      fc.property(pages, (list) => {
        const titles = disambiguateTitles(list);
        expect([...titles.keys()].sort()).toEqual(list.map((page) => page.to).sort());
        const keys = [...titles.values()].map(titleKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('leaves a title no other page has as it is, and does not depend on the order of the pages', () => {
    fc.assert(
      fc.property(pages, (list) => {
        const titles = disambiguateTitles(list);
        for (const page of list) {
          if (list.filter((other) => titleKey(other.title) === titleKey(page.title)).length === 1) expect(titles.get(page.to)).toBe(page.title);
          else expect(titleKey(titles.get(page.to)!)).not.toBe(titleKey(page.title));
        }
        expect(disambiguateTitles([...list].reverse())).toEqual(titles);
      }),
    );
  });
});
