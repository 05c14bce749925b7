/**
 * The Docusaurus reader on a real Docusaurus site: the old SCS docs site (the dialects corpus), read as the
 * manifest entry for community/old-site would be. Skipped where the corpus is absent.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { docusaurus } from '../../../src/toolchains/docusaurus/index.js';
import type { NavItem } from '../../../src/toolchains/types.js';
import { removeTempDirs } from '../../helpers/temp-dir.js';
import { dialectBundle, readSample, unbuildablePages, upstreamOf, type ReadSample } from './dialect-sample.js';

const bundle = dialectBundle('SovereignCloudStack+docs');
const ENTRY = { include: ['docs/**', 'community/**', 'user-docs/**', 'contributor-docs/**', 'standards/**'], base: '' };

describe.skipIf(!bundle)('Docusaurus reader on the old SCS docs site', () => {
  let sample: ReadSample;
  beforeAll(async () => {
    sample = await readSample(bundle!, ENTRY, docusaurus);
  }, 300_000);
  afterAll(() => removeTempDirs());

  it('detects the site and reads every page', () => {
    expect(sample.config).toBe('docusaurus.config.js');
    expect(sample.pages.size).toBe(sample.docs.size);
  });

  it('every converted page builds with the site\'s pipeline', async () => {
    expect(await unbuildablePages(sample, 'community/old-site', ENTRY.base)).toEqual([]);
  }, 300_000);

  it('leaves no import lines or components outside code, except where reported', () => {
    const left: string[] = [];
    for (const [path, conversion] of sample.pages) {
      const upstream = sample.docs.get(path)!;
      const reported = new Set(conversion.problems.map((problem) => problem.line));
      visit(parseMarkdown(conversion.text) as Root, (node) => {
        if (node.type === 'code' || node.type === 'inlineCode') return 'skip';
        const start = node.position?.start.offset;
        if (start === undefined) return;
        const isImport = node.type === 'paragraph' && /^(import|export)\s.+(from\s|=)/.test(conversion.text.slice(start, node.position!.end.offset));
        const isComponent = node.type === 'html' && /^<\/?[A-Z]/.test(node.value);
        if ((isImport || isComponent) && !reported.has(upstreamOf(upstream, conversion, start).line)) left.push(`${path}: ${node.type}`);
      });
    }
    expect(left).toEqual([]);
  });

  it('reports the components it does not render and the imports it removed, with their lines', () => {
    const problems = [...sample.pages].flatMap(([path, conversion]) => conversion.problems.map((problem) => `${path}:${problem.line} ${problem.construct}`));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^community\/collaboration\/index\.mdx:1 import CommunityCalendar/), 'community/collaboration/index.mdx:9 <CommunityCalendar>', expect.stringMatching(/^docs\/index\.mdx:6 import ArchitecturalModel/), 'docs/index.mdx:15 <ArchitecturalModel>']));
  });

  it('writes the theme\'s Tabs as the site\'s tabs, and keeps the native admonitions', () => {
    const guide = sample.pages.get('community/contribute/local-docusaurus-development-guide.mdx')!.text;
    expect(guide).not.toMatch(/<\/?Tabs|<\/?TabItem|^import /m);
    expect(guide.match(/^::::tabs$/gm)).toHaveLength(2);
    expect(guide.match(/^:::tab\[[^\]]+\]$/gm)).toEqual([':::tab[macOS]', ':::tab[Linux]', ':::tab[Windows]', ':::tab[HTTPS]', ':::tab[SSH]']);
    const admonitions = (text: string) => (text.match(/^:::(note|info|caution|danger|tip|warning)/gm) ?? []).length;
    const upstream = [...sample.pages.keys()].reduce((sum, path) => sum + admonitions(sample.docs.get(path)!), 0);
    expect([...sample.pages.values()].reduce((sum, conversion) => sum + admonitions(conversion.text), 0)).toBe(upstream);
    expect(upstream).toBeGreaterThan(25);
  });

  it('builds one navigation of the five sidebars, a section per docs plugin labelled as in the navbar', () => {
    const nav = sample.reader.nav!;
    expect(nav.items.map((item) => (item.kind === 'section' ? item.label : item.kind))).toEqual(['Standards', 'For Operators', 'For Contributors', 'For Users', 'Community']);
  });

  it('follows each sidebar file: its doc ids in order, its labels in order', async () => {
    const nav = sample.reader.nav!;
    const sections = nav.items as Extract<NavItem, { kind: 'section' }>[];
    for (const [file, label, folder] of [['sidebarsCommunity.js', 'Community', 'community'], ['sidebarsUserDocs.js', 'For Users', 'user-docs'], ['sidebarsDocs.js', 'For Operators', 'docs']] as const) {
      const source = (await sample.snapshot.read([file])).get(file)!.toString('utf8');
      const section = sections.find((item) => item.label === label)!;
      const pages = flatten(section.items).filter((entry) => entry.startsWith('page ')).map((entry) => entry.slice(5));
      const ids = new Map(pages.map((path) => [idOf(path, folder), path]));
      const named = [...source.matchAll(/'([^'\n]+)'/g)].map((match) => match[1]!).filter((id) => ids.has(id));
      // pages of autogenerated folders are not named in the file
      const autogenerated = [...source.matchAll(/dirName: '([^']+)'/g)].map((match) => `${folder}/${match[1]}/`);
      expect(pages.filter((path) => !autogenerated.some((dir) => path.startsWith(dir))).map((path) => idOf(path, folder))).toEqual(named);
      const labels = [...source.matchAll(/label: '([^']+)'/g)].map((match) => match[1]!);
      expect(flatten(section.items).filter((entry) => !entry.startsWith('page ')).map((entry) => entry.replace(/^(section|label|link) /, '')).filter((text) => labels.includes(text))).toEqual(labels);
    }
  });
});

/** The nav in reading order: `section <label>`, `page <path>`, `label <label>` (a page's own), `link <label>`. */
function flatten(items: readonly NavItem[]): string[] {
  return items.flatMap((item): string[] => {
    if (item.kind === 'link') return [`link ${item.label}`];
    if (item.kind === 'page') return [...(item.label !== undefined ? [`label ${item.label}`] : []), `page ${item.path}`];
    return [`section ${item.label}`, ...(item.path !== undefined ? [`page ${item.path}`] : []), ...flatten(item.items)];
  });
}

/** A doc's id in its plugin: path in the folder, without extension and number prefixes. */
function idOf(path: string, folder: string): string {
  return path.slice(folder.length + 1).replace(/\.mdx?$/, '').split('/').map((segment) => segment.replace(/^\d+-/, '')).join('/');
}
