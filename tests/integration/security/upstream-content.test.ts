/**
 * Broken and hostile file contents and front matter, end to end through the CLI. Each problem is reported with
 * source, file and line; the page (or just the offending key) is left out, and the rest of that source and every
 * other source still build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject, type SyncRun } from '../sync/sync-harness.js';
import { listStrayFiles, STACK_LINE } from './project-tree.js';

afterAll(removeTempDirs);

const entry = (id: string, repo: string, target: string, extra = '') =>
  `  - id: ${id}\n    repo: ${repo}\n    include: ["docs/**"]\n    base: docs\n    target: ${target}\n${extra}`;

type Problem = { code: string; source: string | null; file: string | null; line: number | null; message: string };
const problems = (run: SyncRun, code?: string): Problem[] => run.report!.problems.filter((p) => code === undefined || p.code === code) as Problem[];
/** code, source, file and line of every problem, by file and line. */
const located = (run: SyncRun) =>
  problems(run)
    .map((p) => [p.code, p.source, p.file, p.line] as const)
    .sort((a, b) => String(a[2]).localeCompare(String(b[2])) || (a[3] ?? 0) - (b[3] ?? 0));

async function syncOne(files: Record<string, string | Buffer>, extra = ''): Promise<{ project: SyncProject; run: SyncRun }> {
  const project = new SyncProject();
  project.github.publish('example-org/alpha', TestRepo.create({ 'docs/good.md': '# Good\n', ...files }));
  project.github.publish('example-org/beta', TestRepo.create({ 'docs/beta.md': '# Beta\n' }));
  project.writeManifest(`sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha', extra)}${entry('beta', 'example-org/beta', 'docs/beta')}`);
  const run = await project.sync();
  expect(run.exitCode, run.output).toBe(0);
  expect(run.output).not.toMatch(STACK_LINE);
  expect(listStrayFiles(project.dir)).toEqual([]);
  expect(run.report!.sources.map((s) => s.status)).toEqual(['synced', 'synced']);
  return { project, run };
}

describe('upstream file contents', () => {
  it('refuses markdown over 5 MB, binary data named .md and invalid UTF-8, and publishes the rest', async () => {
    const huge = `# Huge\n\n${'x'.repeat(5 * 1024 * 1024)}\n`;
    const { project, run } = await syncOne({
      'docs/huge.md': huge,
      'docs/binary.md': Buffer.concat([Buffer.from('# Looks like markdown\n\nline 3\n'), Buffer.from([0x89, 0x50, 0x00, 0x01])]),
      'docs/latin1.md': Buffer.concat([Buffer.from('# Title\n\nfine\n'), Buffer.from('caf\xe9\n', 'latin1')]),
    });

    expect(project.contentFiles()).toEqual(['docs/alpha/good.md', 'docs/beta/beta.md']);
    expect(located(run)).toEqual([
      ['content/binary', 'alpha', 'docs/binary.md', 4],
      ['content/too-large', 'alpha', 'docs/huge.md', null],
      ['content/invalid-utf8', 'alpha', 'docs/latin1.md', 4],
    ]);
    expect(run.output).toMatch(/alpha \(https:\/\/github\.com\/example-org\/alpha @[0-9a-f]{7}\) docs\/latin1\.md:4: warning: file is not valid UTF-8/);
    expect(problems(run, 'content/too-large')[0]!.message).toBe(`file is ${huge.length} bytes, over the 5242880-byte limit for markdown`);
  });

  it('refuses html documents and svg images with scripts from a source that is not trusted', async () => {
    const { project, run } = await syncOne({
      'docs/page.html': '<script>alert(1)</script>',
      'docs/img/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<circle r="3"/>\n<script>alert(1)</script></svg>',
      'docs/img/link.svg': '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>',
      'docs/img/fine.svg': '<svg xmlns="http://www.w3.org/2000/svg"><style>circle{fill:red}</style><circle r="3"/></svg>',
    });

    expect(project.contentFiles()).toEqual(['docs/alpha/good.md', 'docs/alpha/img/fine.svg', 'docs/beta/beta.md']);
    expect(located(run)).toEqual([
      ['content/active-file', 'alpha', 'docs/img/evil.svg', 3],
      ['content/active-file', 'alpha', 'docs/img/link.svg', 1],
      ['content/active-file', 'alpha', 'docs/page.html', null],
    ]);
    expect(problems(run)[0]!.message).toBe('svg image holds a <script> element, which runs script when the image is opened on its own, so it is not published');
  });

  it('publishes .mdx from a source that is not trusted as plain markdown: imports, exports and JSX stay text', async () => {
    const mdx = "import Evil from '@site/src/evil';\n\nexport const x = process.exit(1);\n\n# Page\n\n<Evil onLoad={() => fetch('/x')} />\n\n{1 + 1}\n";
    const { project, run } = await syncOne({ 'docs/page.mdx': mdx });

    expect(project.contentFiles()).toEqual(['docs/alpha/good.md', 'docs/alpha/page.md', 'docs/beta/beta.md']);
    expect(project.page('docs/alpha/page.md').content.trim()).toBe(mdx.trim());
    expect(located(run)).toEqual([['content/untrusted-mdx', 'alpha', 'docs/page.mdx', null]]);
  });
});

describe('upstream front matter', () => {
  it('publishes a page with broken front matter YAML without it, located at the YAML error', async () => {
    const { project, run } = await syncOne({ 'docs/broken.md': '---\ntitle: [unclosed\nslug: x\n---\n# Broken\n' });

    expect(project.page('docs/alpha/broken.md').data).toMatchObject({ title: 'Broken', source: { id: 'alpha', path: 'docs/broken.md' } });
    expect(located(run)).toEqual([['front-matter/invalid-yaml', 'alpha', 'docs/broken.md', 3]]);
  });

  it('replaces site-owned keys and drops keys that would run code, break the build or name the site layout', async () => {
    const { project, run } = await syncOne({
      'docs/keys.md': [
        '---',
        'title: 2024',
        'custom_edit_url: javascript:alert(1)',
        'mdx:',
        '  format: mdx',
        'pagination_next: some/other-page',
        'sidebar_position: first',
        'tags: [ok]',
        'id: with/slash',
        '---',
        '# Keys',
        '',
      ].join('\n'),
    });

    const { data } = project.page('docs/alpha/keys.md');
    expect(Object.keys(data).sort()).toEqual(['custom_edit_url', 'description', 'last_update', 'source', 'tags', 'title']);
    expect(data.title).toBe('2024');
    expect(data.custom_edit_url).toBe('https://github.com/example-org/alpha/edit/main/docs/keys.md');
    expect(located(run)).toEqual([
      ['front-matter/site-owned-key', 'alpha', 'docs/keys.md', 3],
      ['front-matter/dropped-key', 'alpha', 'docs/keys.md', 4],
      ['front-matter/dropped-key', 'alpha', 'docs/keys.md', 6],
      ['front-matter/dropped-key', 'alpha', 'docs/keys.md', 7],
      ['front-matter/dropped-key', 'alpha', 'docs/keys.md', 9],
    ]);
    expect(problems(run, 'front-matter/dropped-key').map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "front matter key "mdx" would compile the page as MDX (code that runs at build time), which only a trusted source may do; it was removed",
        "front matter key "pagination_next" names a page or sidebar of the site's layout, which the upstream repository cannot know; it was removed",
        "front matter key "sidebar_position" must be a number; it was removed",
        "front matter key "id" must be text without "/"; it was removed",
      ]
    `);
  });

  it('keeps `mdx` front matter of a trusted source', async () => {
    const { project, run } = await syncOne({ 'docs/trusted.md': '---\nmdx:\n  format: mdx\n---\n# Trusted\n' }, '    trusted: true\n');

    expect(project.page('docs/alpha/trusted.md').data.mdx).toEqual({ format: 'mdx' });
    expect(problems(run)).toEqual([]);
  });

  it('drops a slug or id that would give a page the URL of another page, naming both pages', async () => {
    const project = new SyncProject();
    project.github.publish('example-org/alpha', TestRepo.create({ 'docs/intro.md': '# Alpha intro\n' }));
    project.github.publish(
      'example-org/beta',
      TestRepo.create({
        'docs/takeover.md': '---\nslug: /alpha/intro\n---\n# Takeover\n',
        'docs/same-id.md': '---\nid: page\n---\n# Same id\n',
        'docs/page.md': '# Page\n',
      }),
    );
    project.writeManifest(`sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha')}${entry('beta', 'example-org/beta', 'docs')}`);

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(project.page('docs/takeover.md').data.slug).toBeUndefined();
    expect(project.page('docs/same-id.md').data.id).toBeUndefined();
    expect(located(run)).toEqual([
      ['front-matter/route-collision', 'beta', 'docs/same-id.md', 2],
      ['front-matter/route-collision', 'beta', 'docs/takeover.md', 2],
    ]);
    expect(problems(run).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "front matter "id" would publish this page at /docs/page, the URL of docs/page.md of source "beta"; it was removed; the page is published at /docs/same-id instead",
        "front matter "slug" would publish this page at /docs/alpha/intro, the URL of docs/intro.md of source "alpha"; it was removed; the page is published at /docs/takeover instead",
      ]
    `);
    expect(project.page('docs/alpha/intro.md').content).toContain('# Alpha intro');
  });
});
