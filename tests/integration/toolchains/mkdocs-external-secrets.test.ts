/**
 * The mkdocs reader on a real mkdocs-material site: external-secrets/external-secrets from the dialects corpus
 * (../shared/dialects, skipped without it). Its mkdocs.yml sits in hack/api-docs with `docs_dir: ../../docs`, uses
 * admonitions and the macros plugin (`{% include %}` of docs/snippets, mostly inside code fences, `{% raw %}`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_LIMITS } from '../../../src/collect/check-content.js';
import { collectSource, type CollectOutput } from '../../../src/collect/collect-source.js';
import type { FetchedSource } from '../../../src/fetch/types.js';
import { createWorktreeReader } from '../../../src/fetch/worktree-reader.js';
import { checkPage } from '../../../src/page-check/check-page.js';
import { applyUpstreamNavs, type SidebarItem } from '../../../src/site/sidebars/apply-upstream-navs.js';
import { codeRanges } from '../../../src/toolchains/mkdocs/page-parts.js';
import { buildNavFiles, type SiteNav } from '../../../src/write/nav-files.js';
import { makeSpec } from '../../helpers/source-spec.js';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = resolve(projectDir, '../shared/dialects/upstream/external-secrets+external-secrets.bundle');
const TARGET = 'docs/upstream/external-secrets';
/** What would show raw on the site: mkdocs blocks, snippets, Jinja (counted outside code only). */
const RAW_SYNTAX = [/^[ \t]*!!! /m, /^[ \t]*\?\?\?\+? /m, /^[ \t]*=== "/m, /--8<--/, /\{% /, /\{\{ /];

describe.skipIf(!existsSync(bundle))('mkdocs reader on external-secrets', () => {
  let clone: string;
  let output: CollectOutput;
  let docs: Array<{ from: string; to: string; text: string; upstream: string; outsideCode: string }>;

  beforeAll(async () => {
    clone = mkdtempSync(join(tmpdir(), 'mkdocs-es-'));
    execFileSync('git', ['clone', '-q', bundle, clone]);
    const spec = makeSpec({ id: 'external-secrets', repo: 'https://github.com/external-secrets/external-secrets', include: ['docs/**'], base: 'docs', target: TARGET });
    const fetched: FetchedSource = { spec, status: 'synced', reader: createWorktreeReader(clone) };
    output = await collectSource(fetched, { limits: DEFAULT_LIMITS });
    docs = output.collected.files
      .filter((file) => file.kind === 'doc')
      .map((file) => {
        const text = file.content.toString('utf8');
        return { from: file.from, to: file.to, text, upstream: readFileSync(join(clone, file.from), 'utf8'), outsideCode: outsideCode(text) };
      });
  }, 180_000);

  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('detects mkdocs from the config outside the base, and reads every page', () => {
    expect(output.collected.toolchain).toEqual({ name: 'mkdocs', config: 'hack/api-docs/mkdocs.yml', detected: true });
    const markdown = execFileSync('git', ['ls-files', 'docs/*.md', 'docs/**/*.md'], { cwd: clone, encoding: 'utf8' }).trim().split('\n');
    expect(docs.map((doc) => doc.from).sort()).toEqual([...new Set(markdown)].sort());
  });

  it('builds every converted page with the site\'s page pipeline', async () => {
    const failures: string[] = [];
    for (const doc of docs) {
      const check = await checkPage({ to: doc.to, text: doc.text }, { projectDir, contentDir: join(clone, '.content') });
      if (!check.ok) failures.push(`${doc.from}: ${JSON.stringify(check.problem)}`);
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('leaves no mkdocs syntax outside code, and every problem names its file and line', () => {
    const left = docs.flatMap((doc) => RAW_SYNTAX.filter((pattern) => pattern.test(doc.outsideCode)).map((pattern) => `${doc.from}: ${pattern}`));
    expect(left).toEqual([]);
    const problems = output.diagnostics.filter((d) => d.code.startsWith('toolchain/'));
    expect(problems.filter((d) => !d.file || d.line === undefined)).toEqual([]);
  });

  it('converts every admonition into a site admonition', () => {
    const upstream = docs.reduce((sum, doc) => sum + (doc.upstream.match(/^[ \t]*!!! /gm)?.length ?? 0), 0);
    const converted = docs.reduce((sum, doc) => sum + (doc.outsideCode.match(/^[ \t]*:{3,}(note|tip|info|warning|danger)\b/gm)?.length ?? 0), 0);
    expect(upstream).toBeGreaterThanOrEqual(78);
    expect(converted).toBe(upstream);
  });

  it('puts each included snippet into its page, rendered, with raw blocks kept as written', () => {
    const snippet = (name: string) => readFileSync(join(clone, 'docs/snippets', name), 'utf8');
    let includes = 0;
    const missing: string[] = [];
    const lostTemplates: string[] = [];
    for (const doc of docs) {
      const names = [...doc.upstream.matchAll(/\{%-?\s*include\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);
      includes += names.length;
      for (const name of names) {
        const line = snippet(name).split('\n').find((l) => l.trim() !== '' && !/\{[{%#]/.test(l));
        if (line && !doc.text.includes(line.trim())) missing.push(`${doc.from}: ${name}`);
      }
      // the site defines no variables these pages use: every `{{` (Go templates in raw blocks) stays
      const braces = (text: string) => text.split('{{').length - 1;
      const expected = braces(doc.upstream) + names.reduce((sum, name) => sum + braces(snippet(name)), 0);
      if (braces(doc.text) !== expected) lostTemplates.push(`${doc.from}: ${braces(doc.text)} of ${expected}`);
    }
    expect(includes).toBeGreaterThanOrEqual(73);
    expect(missing).toEqual([]);
    expect(lostTemplates).toEqual([]);
  });

  it('gives the sidebar mkdocs.yml\'s order and labels in every section it covers', () => {
    const config = parse(readFileSync(join(clone, 'hack/api-docs/mkdocs.yml'), 'utf8')) as { nav: unknown[] };
    const { files } = buildNavFiles([output.collected]);
    const nav = JSON.parse(files[0]!.content.toString('utf8')) as SiteNav;
    const idOf = (path: string) => path.replace(/^docs\//, '').replace(/\.md$/, '');
    const navDocs = docs.map((doc) => ({ id: idOf(doc.to), path: doc.to }));
    const index = idOf(`${TARGET}/index.md`);
    // what Docusaurus generates for the section: the source's folder among others, its index as its page
    const generated: SidebarItem[] = [
      { type: 'doc', id: 'intro' },
      {
        type: 'category',
        label: 'upstream',
        items: [
          { type: 'category', label: 'external-secrets', link: { type: 'doc', id: index }, items: navDocs.filter((doc) => doc.id !== index).map((doc) => ({ type: 'doc', id: doc.id })) },
          { type: 'category', label: 'other', items: [{ type: 'doc', id: 'upstream/other/page' }] },
        ],
      },
    ];
    const allDocs = [...navDocs, { id: 'intro', path: 'docs/intro.md' }, { id: 'upstream/other/page', path: 'docs/upstream/other/page.md' }];
    const sidebar = applyUpstreamNavs(generated, allDocs, [{ folder: 'upstream/external-secrets', nav }], 'docs');
    const items = ((sidebar[1] as { items: SidebarItem[] }).items[0] as { items: SidebarItem[] }).items;
    const expected = expectedSidebar(config.nav, (page) => idOf(posix.join(TARGET, page)));
    expect(items.slice(0, expected.length)).toEqual(expected);
    expect(expected.filter((item) => item.type === 'category')).toHaveLength(6);
    expect(countPages(expected)).toBe(121);
    // pages the nav does not list follow it
    expect(items.slice(expected.length).every((item) => item.type === 'doc')).toBe(true);
  });
});

function outsideCode(text: string): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of codeRanges(text).sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    out += `${text.slice(cursor, start)}\n`;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** The sidebar mkdocs-material shows for a nav (`navigation.indexes`: a section's first index page is its page). */
function expectedSidebar(entries: unknown[], id: (page: string) => string): SidebarItem[] {
  return entries.map((entry): SidebarItem => {
    if (typeof entry === 'string') return { type: 'doc', id: id(entry) };
    const [label, value] = Object.entries(entry as Record<string, unknown>)[0]!;
    if (typeof value === 'string') return { type: 'doc', id: id(value), label };
    const children = value as unknown[];
    const first = children[0];
    const firstPath = typeof first === 'string' ? first : Object.values(first as Record<string, unknown>)[0];
    const index = typeof firstPath === 'string' && posix.basename(firstPath) === 'index.md' ? firstPath : undefined;
    return {
      type: 'category',
      label,
      items: expectedSidebar(index ? children.slice(1) : children, id),
      collapsed: false,
      collapsible: true,
      ...(index ? { link: { type: 'doc', id: id(index) } } : {}),
    };
  });
}

function countPages(items: readonly SidebarItem[]): number {
  return items.reduce((sum, item) => {
    if (item.type === 'doc') return sum + 1;
    if (item.type !== 'category') return sum;
    const category = item as { items: SidebarItem[]; link?: unknown };
    return sum + (category.link ? 1 : 0) + countPages(category.items);
  }, 0);
}
