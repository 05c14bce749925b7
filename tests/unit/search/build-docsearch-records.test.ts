import { describe, expect, it } from 'vitest';
import { buildDocSearchRecords } from '../../../src/site/search/algolia/build-docsearch-records.js';
import { truncateContent } from '../../../src/site/search/algolia/docsearch-record.js';
import { readFixturePage } from './fixture-pages.js';

const PAGE = 'https://lakes.example/docs/lakes/ice-fishing';

describe('buildDocSearchRecords', () => {
  const records = buildDocSearchRecords(readFixturePage('docs/lakes/ice-fishing/index.html'), 'https://fallback.example/x');

  it('makes one record per heading and text block of the doc content, in reading order', () => {
    expect(records.map((r) => [r.type, r.content ?? r.hierarchy[r.type as 'lvl1']])).toEqual([
      ['lvl1', 'Ice fishing on the lake'],
      ['content', 'Drill a hole through the frozen surface and wait.'],
      ['lvl2', 'Safety first'],
      ['content', 'The ice must be thick enough.'],
      ['content', 'Bring a friend'],
      ['content', 'Check the forecast'],
      ['content', 'Wind'],
      ['content', 'Thickness Safe for'],
      ['content', '10 cm one angler'],
      ['content', '20 cm a snowmobile'],
      ['lvl3', 'Tools'],
      ['content', 'auger --drill <depth>'],
      ['lvl2', 'After the trip'],
      ['content', 'Write about the trip.'],
    ]);
  });

  it('leaves out the navbar, sidebar, footers, scripts, copy buttons and the hidden sidebar path', () => {
    const text = JSON.stringify(records);
    for (const word of ['walrus', 'narwhal', 'kraken', 'Site footer', 'not content', 'Copy', 'Lakes › Winter.']) expect(text).not.toContain(word);
  });

  it('gives each record the heading hierarchy above it, with the section as lvl0', () => {
    const tools = records.find((r) => r.content?.startsWith('auger'))!;
    expect(tools.hierarchy).toEqual({
      lvl0: 'For Operators',
      lvl1: 'Ice fishing on the lake',
      lvl2: 'Safety first',
      lvl3: 'Tools',
      lvl4: null,
      lvl5: null,
      lvl6: null,
    });
    const after = records.find((r) => r.content === 'Write about the trip.')!;
    expect(after.hierarchy).toMatchObject({ lvl2: 'After the trip', lvl3: null });
  });

  it('links each record to the anchor of its nearest heading, the page top before the first one', () => {
    expect(records[1]).toMatchObject({ url: PAGE, url_without_anchor: PAGE, anchor: null });
    expect(records.find((r) => r.content === 'Wind')).toMatchObject({ url: `${PAGE}#safety`, anchor: 'safety' });
    expect(records.find((r) => r.content?.startsWith('auger'))).toMatchObject({ url: `${PAGE}#tools` });
  });

  it('carries the contextual-search tags from the meta tags and the source repo as a facet', () => {
    for (const record of records) {
      expect(record).toMatchObject({ language: 'en', docusaurus_tag: 'docs-default-current', source: 'example-org/lakes' });
    }
  });

  it('ranks headings above text and earlier above later, with unique ids', () => {
    expect(records.map((r) => r.weight.level).slice(0, 3)).toEqual([90, 0, 80]);
    expect(records.map((r) => r.weight.position)).toEqual(records.map((_, i) => i));
    expect(new Set(records.map((r) => r.objectID)).size).toBe(records.length);
  });

  it('names a page without og:url by its fallback URL', () => {
    const boats = buildDocSearchRecords(readFixturePage('docs/lakes/boats/index.html'), 'https://lakes.example/docs/lakes/boats');
    expect(boats.map((r) => [r.type, r.url, r.source])).toEqual([
      ['lvl1', 'https://lakes.example/docs/lakes/boats', null],
      ['content', 'https://lakes.example/docs/lakes/boats', null],
    ]);
  });

  it('makes no records for pages without doc content', () => {
    expect(buildDocSearchRecords(readFixturePage('index.html'), 'https://lakes.example/')).toEqual([]);
  });
});

describe('truncateContent', () => {
  it('cuts long text at a word boundary and marks the cut', () => {
    expect(truncateContent('one two three four', 10)).toBe('one two…');
    expect(truncateContent('short', 10)).toBe('short');
  });
});
