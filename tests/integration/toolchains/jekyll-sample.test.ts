/**
 * The Jekyll reader on a real Jekyll site: jekyll/jekyll's docs (the dialects corpus), read as the manifest
 * entry include ["docs/**"], base docs would be. Skipped where the corpus is absent.
 */
import { posix } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { splitFrontMatter } from '../../../src/toolchains/shared/front-matter.js';
import { jekyll } from '../../../src/toolchains/jekyll/index.js';
import type { NavItem } from '../../../src/toolchains/types.js';
import { removeTempDirs } from '../../helpers/temp-dir.js';
import { dialectBundle, readSample, unbuildablePages, upstreamOf, type ReadSample } from './dialect-sample.js';

const bundle = dialectBundle('jekyll+jekyll');
const ENTRY = { include: ['docs/**'], base: 'docs' };

describe.skipIf(!bundle)('Jekyll reader on jekyll/jekyll docs', () => {
  let sample: ReadSample;
  beforeAll(async () => {
    sample = await readSample(bundle!, ENTRY, jekyll);
  }, 300_000);
  afterAll(() => removeTempDirs());

  it('detects the site and reads every page', () => {
    expect(sample.config).toBe('docs/_config.yml');
    expect(sample.pages.size).toBeGreaterThan(200);
    expect(sample.pages.has('docs/readme.md')).toBe(false); // excluded in _config.yml
  });

  it('every converted page builds with the site\'s pipeline', async () => {
    expect(await unbuildablePages(sample, 'community/upstream/jekyll', ENTRY.base)).toEqual([]);
  }, 300_000);

  it('leaves no Liquid outside code, except what {% raw %} shows and what is reported', () => {
    const left: string[] = [];
    let fromRaw = 0;
    for (const [path, conversion] of sample.pages) {
      const upstream = sample.docs.get(path)!;
      const reported = new Set(conversion.problems.map((problem) => problem.line));
      for (const offset of liquidOutsideCode(conversion.text)) {
        const origin = upstreamOf(upstream, conversion, offset);
        if (origin.written !== undefined && /\{%-?\s*raw\b/.test(origin.written)) fromRaw += 1;
        else if (!reported.has(origin.line)) left.push(`${path}:${origin.line}`);
      }
    }
    expect(left).toEqual([]);
    // what {% raw %} shows reaches the reader as written, mostly in code
    const showingRaw = [...sample.pages].filter(([path, conversion]) => /\{%-?\s*raw\b/.test(sample.docs.get(path)!) && /\{[{%]/.test(conversion.text));
    expect(showingRaw.length + fromRaw).toBeGreaterThan(0);
  });

  it('reports every construct it leaves with its line', () => {
    const problems = [...sample.pages.values()].flatMap((conversion) => conversion.problems);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => problem.line === undefined)).toEqual([]);
  });

  it('follows _data/docs_nav.yml: its sections, in order, with the pages its links name', async () => {
    const nav = sample.reader.nav!;
    expect(nav.file).toBe('docs/_data/docs_nav.yml');
    const data = parseYaml((await sample.snapshot.read([nav.file])).get(nav.file)!.toString('utf8')) as { title: string; docs: { link: string }[] }[];
    expect(data).toHaveLength(5);
    const sections = nav.items.slice(0, data.length) as Extract<NavItem, { kind: 'section' }>[];
    expect(sections.map((section) => section.label)).toEqual(data.map((section) => section.title));
    sections.forEach((section, i) => {
      expect(section.items.map((item) => (item.kind === 'page' ? permalinkOf(sample, item.path) : item.kind))).toEqual(data[i]!.docs.map((doc) => doc.link));
    });
    expect(sections.flatMap((section) => section.items)).toHaveLength(27);
    // the tutorials' own list follows, its first entry the tutorials' home
    expect(nav.items[5]).toMatchObject({ kind: 'section', label: 'Tutorials', items: expect.arrayContaining([{ kind: 'page', path: 'docs/_tutorials/index.md' }]) });
  });

  it('resolves links to permalinks (old ones of jekyll-redirect-from too), {% link %} and {% post_url %} to the files', () => {
    const unresolved: string[] = [];
    let permalinks = 0;
    let resolved = 0;
    for (const [path, conversion] of sample.pages) {
      visit(parseMarkdown(sample.docs.get(path)!) as Root, (node) => {
        if ((node.type === 'link' || node.type === 'definition') && /^\/(docs|tutorials|news)\/|\{%-?\s*(link|post_url)\b|relative_url/.test(node.url)) permalinks += 1;
      });
      visit(parseMarkdown(conversion.text) as Root, (node) => {
        if (node.type !== 'link' && node.type !== 'definition') return;
        if (/^\/(docs|tutorials|news)\//.test(node.url)) unresolved.push(`${path}: ${node.url}`);
        const file = /^([^:#?]+\.(md|markdown))(#.*)?$/.exec(node.url)?.[1];
        if (file !== undefined && sample.snapshot.paths.has(posix.join(posix.dirname(path), decodeURIComponent(file)))) resolved += 1;
      });
    }
    expect(unresolved).toEqual([]);
    expect(permalinks).toBeGreaterThan(100);
    expect(resolved).toBeGreaterThanOrEqual(permalinks);
  });

  it('renders the includes pages use', () => {
    expect(sample.pages.get('docs/_docs/variables.md')!.text).toContain('<td><p><code>site.time</code></p></td>');
    expect(sample.pages.get('docs/_docs/collections.md')!.text).toContain('<span class="version-badge"');
    expect(sample.pages.get('docs/_docs/variables.md')!.dependencies).toEqual(expect.arrayContaining(['docs/_includes/docs_variables_table.html', 'docs/_includes/docs_version_badge.html']));
  });
});

/** Offsets of `{%` and `{{` in a page's text outside code: code blocks, code spans, and html `<code>`/`<pre>`. */
function liquidOutsideCode(text: string): number[] {
  const found: number[] = [];
  visit(parseMarkdown(text) as Root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return 'skip';
    if ((node.type !== 'text' && node.type !== 'html') || node.position?.start.offset === undefined) return;
    const start = node.position.start.offset;
    const source = text.slice(start, node.position.end.offset);
    const inCode = [...source.matchAll(/<(code|pre)\b[\s\S]*?<\/\1>/g)].map((match) => [match.index, match.index + match[0].length]);
    for (const match of source.matchAll(/\{[{%]/g)) if (!inCode.some(([from, to]) => match.index >= from! && match.index < to!)) found.push(start + match.index);
  });
  return found;
}

function permalinkOf(sample: ReadSample, path: string): string {
  const data = splitFrontMatter(sample.docs.get(path)!).data;
  return typeof data.permalink === 'string' ? data.permalink : `/docs/${path.replace(/^docs\/_docs\//, '').replace(/\.md$/, '')}/`;
}
