import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrBaseline, splitPageSections, type LunrSection } from '../../../src/site/search/bench/build-lunr-baseline.js';
import { readBuiltPage } from '../../../src/site/search/html/read-built-page.js';
import { readFixturePage } from './fixture-pages.js';

const page = readBuiltPage(readFixturePage('docs/lakes/ice-fishing/index.html'), 'https://x.example/')!;

describe('the lunr baseline', () => {
  it('splits a page into its top and its h2/h3 sections, deeper text staying in its section', () => {
    const sections = splitPageSections(page, 10);
    expect(sections.map((s) => [s.id, s.url, s.title])).toEqual([
      [10, '/docs/lakes/ice-fishing', 'Ice fishing on the lake'],
      [11, '/docs/lakes/ice-fishing#safety', 'Safety first'],
      [12, '/docs/lakes/ice-fishing#tools', 'Tools'],
      [13, '/docs/lakes/ice-fishing#after', 'After the trip'],
    ]);
    expect(sections[1]!.content).toContain('10 cm one angler');
  });

  it('finds a section by its words with the serialized index, as the old site\'s browser code did', () => {
    const baseline = buildLunrBaseline([page]);
    const index = lunr.Index.load(JSON.parse(baseline.index) as object);
    const documents = JSON.parse(baseline.documents) as LunrSection[];
    const [best] = index.search('snowmobile');
    expect(documents[Number(best!.ref)]!.url).toBe('/docs/lakes/ice-fishing#safety');
    expect(baseline.sectionCount).toBe(documents.length);
  });
});
