/**
 * What an untrusted upstream writes never runs in the reader's browser or at build time: the demo site plus a
 * hostile upstream (tests/fixtures/security/hostile-upstream) is synced and built with `docusaurus build`, and
 * the built HTML is searched for anything executable that came from the upstream page. Everything runs in a
 * temp folder: the project's content/, build/ and .docusaurus/ are not touched.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDemoRepos } from '../../../src/demo/prepare-demo-repos.js';
import type { SyncReport } from '../../../src/report/types.js';
import { isolatedGitEnv, makeTempDir, removeTempDirs, TestRemote, TestRepo } from '../../helpers/git-repo.js';
import { buildSiteInto, syncInto } from '../../helpers/site-build.js';

const PROJECT = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(PROJECT, 'tests', 'fixtures', 'security', 'hostile-upstream');
const MARKER = 'SCS_PWNED';

type Element = DefaultTreeAdapterMap['element'];

let work: string;
let report: SyncReport;

afterAll(removeTempDirs);

beforeAll(async () => {
  work = makeTempDir('scs-hostile-');
  const repos = prepareDemoRepos(join(PROJECT, 'examples', 'upstreams'), join(work, 'demo'));
  const checkout = join(work, 'hostile');
  cpSync(FIXTURE, checkout, { recursive: true });
  const upstream = TestRepo.create({}, { dir: checkout });
  upstream.commit({});
  TestRemote.fromRepo(upstream, join(work, 'demo', 'remotes', 'example-org', 'hostile.git'));
  const manifest = join(work, 'repos.yaml');
  copyFileSync(join(PROJECT, 'examples', 'repos.yaml'), manifest);
  appendFileSync(manifest, '\n  - id: hostile\n    repo: https://github.com/example-org/hostile\n    include: ["docs/**"]\n    base: docs\n    target: docs/hostile\n');
  const synced = await syncInto(work, manifest, { ...isolatedGitEnv(), GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `url.${repos.remoteBase}.insteadOf`, GIT_CONFIG_VALUE_0: 'https://github.com/example-org/' });
  if (synced.exitCode !== 0) throw new Error(`sync failed (exit ${synced.exitCode}):\n${synced.output}`);
  report = synced.report;
  const built = await buildSiteInto(work);
  if (built.exitCode !== 0) throw new Error(`the site build failed (exit ${built.exitCode}):\n${built.output.slice(-6000)}`);
}, 600_000);

function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly DefaultTreeAdapterMap['childNode'][]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      found.push(node);
      walk('content' in node ? node.content.childNodes : node.childNodes);
    }
  };
  walk(parse(html).childNodes);
  return found;
}

/** Every way the built page could run upstream code: script elements, handlers, script URLs, embedded documents. */
function listExecutable(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(html)) {
    const text = element.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
    if (element.tagName === 'script' && text.includes(MARKER)) found.push(`<script> ${text.slice(0, 60)}`);
    if (['iframe', 'object', 'embed', 'frame', 'set', 'animate'].includes(element.tagName)) found.push(`<${element.tagName}>`);
    for (const { name, value } of element.attrs) {
      if (name.startsWith('on') && value !== '') found.push(`${element.tagName} ${name}="${value}"`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(value)) found.push(`${element.tagName} ${name}="${value}"`);
    }
  }
  return found;
}

const page = (route: string) => readFileSync(join(work, 'build', route, 'index.html'), 'utf8');

describe('the built site with a hostile upstream', () => {
  it('builds, reporting each neutralised construct with source, file and line', () => {
    const hostile = report.problems.filter((p) => p.source === 'hostile');
    expect(hostile.every((p) => p.file !== null)).toBe(true);
    expect(hostile.filter((p) => p.code === 'content/unsafe-html').map((p) => p.line)).toEqual([12, 14, 16, 20, 22, 22, 24, 26]);
    expect(hostile.map((p) => p.code)).toEqual(expect.arrayContaining(['front-matter/dropped-key', 'front-matter/route-collision', 'content/untrusted-mdx']));
  });

  it('runs nothing from the upstream page in the browser', () => {
    const html = page('docs/hostile/page');
    expect(html).toContain('Hostile page');
    expect(listExecutable(html)).toEqual([]);
    expect(html).toContain("<p>&lt;script>window.SCS_PWNED = 'script'</p>");
  });

  it('runs no MDX from an untrusted source: expressions, imports and exports stay text', () => {
    expect(page('docs/hostile/page')).toContain('{40 + 2}');
    expect(page('docs/hostile/page')).toContain('export const SCS_PWNED');
    const mdx = page('docs/hostile/script');
    expect(mdx).toContain('{window.SCS_PWNED = ');
    expect(listExecutable(mdx)).toEqual([]);
  });

  it('publishes the page whose slug collided at its own URL, and the original page at its URL', () => {
    expect(page('docs/hostile/takeover')).toContain('Takeover');
    expect(page('docs/hostile/page')).toContain('Hostile page');
    expect(existsSync(join(work, 'build', 'docs', 'hostile', 'logo.png'))).toBe(true);
  });
});
