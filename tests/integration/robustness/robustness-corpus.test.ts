/**
 * No upstream page can take the site build down: a repo holding the robustness corpus (tests/fixtures/robustness:
 * invalid autolinks, placeholders that look like tags, template code, comments in tables, stray braces, emoji,
 * a NUL byte, 100,000-character lines, nesting a hundred levels deep, CRLF, byte order marks, odd file names,
 * odd front matter) and docs generated from its kinds of oddities with a fixed seed is synced, and the site is built with the build
 * wrapper (`npm run build:site`). The build must succeed without quarantining a single page of it (the
 * quarantine is the safety net, not the fix), and each oddity must be shown as text on its page or reported
 * with its file and line. Everything runs in a temp folder: the project's content/, build/ and .docusaurus/
 * are not touched.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReport } from '../../../src/report/types.js';
import { isolatedGitEnv, makeTempDir, removeTempDirs, TestRemote, TestRepo } from '../../helpers/git-repo.js';
import { buildSiteInto, readReport, syncInto } from '../../helpers/site-build.js';
import { findMissing, runnableScripts, visibleText } from '../../helpers/robustness/check-oddities.js';
import { generatedDoc, type GeneratedDoc } from '../../helpers/robustness/generated-docs.js';

const PROJECT = join(import.meta.dirname, '..', '..', '..');
const CORPUS = join(PROJECT, 'tests', 'fixtures', 'robustness');
const SOURCE = 'robustness';
/** Generated docs added to the corpus; the seed makes them the same on every run. */
const GENERATED = 8;
const SEED = 20_240_601;
/** Odd names some file systems (Windows) cannot hold, so they are not in the project: added to the corpus repo here. */
const UNPORTABLE_NAMES: Record<string, string> = {
  'odd names/why?.md': '# Question mark\n\nIts name has a question mark.\n',
  'odd names/:param.md': '# Colon in the name\n\nA file named like a route parameter.\n',
  'odd names/wild*card.md': '# Asterisk in the name\n\nA file named like a wildcard.\n',
  'odd names/trailing space .md': '# Trailing space\n\nIts name ends in a space before the extension.\n',
};

let work: string;
let report: SyncReport;
let build: { exitCode: number; output: string };
const generated: { file: string; doc: GeneratedDoc }[] = [];

afterAll(removeTempDirs);

beforeAll(async () => {
  work = makeTempDir('scs-robustness-');
  const checkout = join(work, 'corpus');
  cpSync(CORPUS, checkout, { recursive: true });
  for (const [file, text] of Object.entries(UNPORTABLE_NAMES)) writeFileSync(join(checkout, file), text);
  fc.sample(generatedDoc(), { seed: SEED, numRuns: GENERATED }).forEach((doc, i) => {
    const file = `generated/case-${i}.md`;
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    writeFileSync(join(checkout, file), doc.bytes);
    generated.push({ file, doc });
  });
  const upstream = TestRepo.create({}, { dir: checkout });
  upstream.commit({});
  TestRemote.fromRepo(upstream, join(work, 'remotes', 'example-org', SOURCE));
  const manifest = join(work, 'repos.yaml');
  writeFileSync(
    manifest,
    [
      'sources:',
      '  - id: site',
      '    path: docs',
      '    repo: https://github.com/SovereignCloudStack/docs',
      '    ref: main',
      '    include: ["**/*"]',
      '    target: .',
      '    trusted: true',
      `  - id: ${SOURCE}`,
      `    repo: https://github.com/example-org/${SOURCE}`,
      '    include: ["**/*.md", "**/*.svg"]',
      `    target: docs/${SOURCE}`,
      '',
    ].join('\n'),
  );
  const remotes = join(work, 'remotes', 'example-org');
  const synced = await syncInto(work, manifest, { ...isolatedGitEnv(), GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `url.file://${remotes}/.insteadOf`, GIT_CONFIG_VALUE_0: 'https://github.com/example-org/' });
  if (synced.exitCode !== 0) throw new Error(`sync failed (exit ${synced.exitCode}):\n${synced.output}`);
  report = synced.report;
  build = await buildSiteInto(work);
}, 600_000);

/** The report after the build (the wrapper adds the pages it quarantined) and the corpus' problems in it. */
const finalReport = (): SyncReport => readReport(work);
const problemsOf = (file: string) => finalReport().problems.filter((problem) => problem.source === SOURCE && problem.file === file);
const corpusFiles = () => report.sources.find((source) => source.id === SOURCE)!.files;

/** The synced file and built page of an upstream file ('' when it has none, as a draft in a production build). */
function pageOf(from: string): { written: string; html: string } {
  const file = corpusFiles().find((candidate) => candidate.from === from);
  if (!file) return { written: '', html: '' };
  const html = file.route === undefined ? undefined : join(work, 'build', decodeURI(file.route), 'index.html');
  return { written: readFileSync(resolve(PROJECT, file.to), 'utf8'), html: html && existsSync(html) ? readFileSync(html, 'utf8') : '' };
}

describe('the site built from the robustness corpus', () => {
  it('builds, with no page of the corpus quarantined by the sync or by the build', () => {
    expect(build.exitCode, build.output.slice(-4000)).toBe(0);
    expect(build.output).not.toContain('could not be built');
    expect(finalReport().problems.filter((problem) => problem.code === 'page/quarantined')).toEqual([]);
    expect(corpusFiles().filter((file) => file.from.endsWith('.md')).length).toBeGreaterThan(25);
  });

  it('publishes every page of the corpus, the files with odd names under names a URL can hold', () => {
    const pages = corpusFiles().filter((file) => file.route !== undefined && file.from !== 'draft-and-unlisted.md');
    const missing = pages.filter((file) => !existsSync(join(work, 'build', decodeURI(file.route!), 'index.html')));
    expect(missing.map((file) => file.from)).toEqual([]);
    const renamed = ['100%', 'hash#sign', 'why?', '[brackets] & (parens)', 'trailing space ', ':param', 'wild*card'].map((name) => `odd names/${name}.md`);
    for (const from of [...renamed, 'odd names/file with spaces.md', 'odd names/ünïcödé 名前.md']) {
      const title = (UNPORTABLE_NAMES[from] ?? readFileSync(join(CORPUS, from), 'utf8')).split('\n')[0]!.replace(/^# /, '');
      expect(visibleText(pageOf(from).html), from).toContain(visibleText(`<p>${title}</p>`));
      expect(problemsOf(from).some((problem) => problem.code === 'collect/renamed'), from).toBe(renamed.includes(from));
    }
    // links to them follow the new names
    expect(pageOf('links-to-odd-names.md').html).toContain('href="/docs/robustness/odd names/hash-sign"');
  });

  // the oddities of the corpus files: each must be on its page as text, or reported at its line
  it.each([
    ['autolinks.md', 7, 'https://hostname:port'],
    ['autolinks.md', 8, '<https://x:99999>'],
    ['autolinks.md', 9, 'http://a:1:2'],
    ['autolinks.md', 12, '<https://api.example.org:99999/v1>'],
    ['autolinks.md', 18, 'Reference style'],
    ['pseudo-tags.md', 3, '<key,value:effect> triples, tolerations match with <operator>'],
    ['pseudo-tags.md', 4, 'Timeouts below <1s are rounded up;'],
    ['pseudo-tags.md', 8, 'a <key,value> pair'],
    ['pseudo-tags.md', 11, '<label-selector> matches labels'],
    ['pseudo-tags.md', 15, 'Use <kubectl> or <Tabs> placeholders'],
    ['pseudo-tags.md', 17, 'List<String>, Map<K, V>, Result<T,E> and Vec<Box<dyn Fn()>>'],
    ['templates.md', 9, '{{ .Values.image.tag }} and {% raw %}{{ x }}{% endraw %}'],
    ['templates.md', 11, 'Links: the guide, latest'],
    ['templates.md', 13, 'Images: logo and'],
    ['templates.md', 17, '{{% notice note %}}a notice{{% /notice %}}'],
    ['templates.md', 26, '{{ .Values.image }}'],
    ['html-comments-in-tables.md', 6, 'beta'],
    ['html-comments-in-tables.md', 9, 'Quotas'],
    ['html-comments-in-tables.md', 16, 'After the comment.'],
    ['html-comments-in-tables.md', 18, 'and then more text.'],
    ['stray-characters.md', 3, 'Objects look like { "key": "value" } and sets like {a, b}'],
    ['stray-characters.md', 4, 'JSX-like {props.name} and {/* comment */} stay text'],
    ['stray-characters.md', 6, 'x < y, x <= y, a <b, 1<2, <= and <-, <3, <!, <?, <>, </, <<EOF.'],
    ['stray-characters.md', 14, '&bogus;'],
    ['emoji-and-directives.md', 3, '😄'],
    ['emoji-and-directives.md', 4, 'Times 10:30:00 and ratios 1:2:3; IPv6 fe80::1 and C++ std::vector.'],
    ['emoji-and-directives.md', 12, 'Written in the old title style.'],
    ['emoji-and-directives.md', 25, 'This admonition is never closed'],
    ['nul-byte.md', 3, 'and text after it'],
    ['long-lines.md', 5, readFileSync(join(CORPUS, 'long-lines.md'), 'utf8').split('\n')[4]!.slice(0, 200)],
    ['long-lines.md', 15, 'The last line is ordinary.'],
    ['deep-nesting.md', 5, 'level 120'],
    ['deep-nesting.md', 128, 'quoted 120 levels deep'],
    ['deep-nesting.md', 132, 'nested html'],
    ['deep-nesting.md', 262, 'Inside 120 html blocks.'],
    ['deep-nesting.md', 620, 'nine hundred spans deep'],
    ['deep-nesting.md', 622, 'The last line is ordinary.'],
    ['crlf-endings.md', 11, '<key,value>'],
    ['crlf-endings.md', 15, 'An alert written with CR LF.'],
    ['crlf-endings.md', 18, 'html block <operator>'],
    ['bom.md', 8, 'The file starts with a UTF-8 byte order mark'],
    ['bom-without-front-matter.md', 1, 'Byte order mark, no front matter'],
    ['headings.md', 21, '<operator> and {{ value }}'],
    ['headings.md', 27, 'Setext heading with <key,value>'],
    ['front-matter-values.md', 17, 'Every key above is one Docusaurus would refuse as written.'],
    ['draft-and-unlisted.md', 3, 'Both at once is something Docusaurus refuses.'],
    ['slug-invalid.md', 2, 'The slug above has a fragment, a query and a stray percent sign.'],
    ['mdx-code-block.md', 6, "<script>window.SCS_PWNED = 'mdx-code-block'</script>"],
    ['mdx-code-block.md', 8, '<operator> placeholder'],
    ['code-blocks.md', 8, 'a huge highlight range'],
    ['code-blocks.md', 30, 'indented code with <operator> and {{ x }}'],
    ['code-blocks.md', 33, 'unclosed at the end of the file'],
    ['tables.md', 7, 'escaped | pipe'],
    ['tables.md', 12, '<x,y>'],
    ['tables.md', 12, '{{ z }}'],
    ['links.md', 3, 'missing anchor, empty'],
    ['links.md', 6, 'windows path'],
    ['links.md', 11, 'A footnote with <operator> and {{ x }}.'],
    ['html-oddities.md', 15, 'duplicate attributes'],
    ['html-oddities.md', 29, 'broken style'],
    ['html-oddities.md', 31, 'The last line is ordinary.'],
  ])('%s line %i: shows %j or reports it there', (file, line, text) => {
    const shown = visibleText(pageOf(file).html).includes(visibleText(`<p>${escapeHtml(text)}</p>`));
    const reported = problemsOf(file).some((problem) => problem.line === line);
    expect(shown || reported, `${file}:${line} ${JSON.stringify(text)}: neither shown nor reported`).toBe(true);
  });

  it('reports what it had to leave out or change, at the upstream line', () => {
    const at = (file: string) => problemsOf(file).map((problem) => `${problem.code}:${problem.line}`);
    expect(at('nul-byte.md')).toEqual(['content/binary:3']);
    expect(at('deep-nesting.md')).toEqual(expect.arrayContaining(['content/too-deep:5', 'content/too-deep:128', 'content/too-deep:132', 'content/too-deep:620']));
    expect(at('slug-invalid.md')).toContain('front-matter/dropped-key:2');
    expect(at('draft-and-unlisted.md')).toContain('front-matter/dropped-key:3');
    expect(at('code-blocks.md')).toContain('content/highlight-range:7');
    expect(at('mdx-code-block.md')).toEqual(['content/mdx-code-block:5', 'content/mdx-code-block:13']);
    expect(at('front-matter-values.md')).toEqual(expect.arrayContaining([3, 4, 5, 6, 7, 8, 9, 11, 12].map((line) => `front-matter/dropped-key:${line}`)));
  });

  it('shows or reports every oddity of the generated docs', () => {
    const failures = generated.flatMap(({ file, doc }) => {
      const reported = problemsOf(file);
      if (doc.nulLine !== undefined) return reported.some((problem) => problem.code === 'content/binary' && problem.line === doc.nulLine) ? [] : [`${file}: the NUL byte was not reported`];
      return findMissing(doc, { ...pageOf(file), reported }).map((missing) => `${file} ${missing}`);
    });
    expect(failures).toEqual([]);
  });

  it('runs no script from the corpus', () => {
    const pages = corpusFiles().filter((file) => file.route !== undefined);
    expect(pages.flatMap((file) => runnableScripts(pageOf(file.from).html))).toEqual([]);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
