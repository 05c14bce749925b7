/**
 * The mdbook reader on real data: kubernetes-sigs/cluster-api-provider-azure (../shared/dialects), collected as
 * the sync collects it (working tree, the manifest entry of the brief) and its navigation written as `_nav.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CollectedSource } from '../../../src/collect/types.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { findUnbuildablePages } from '../../helpers/site-build.js';
import { codeSpans } from '../../../src/toolchains/shared/code-spans.js';
import type { SiteNav, SiteNavItem } from '../../../src/write/nav-files.js';
import { removeTempDirs } from '../../helpers/temp-dir.js';
import { bundlePath } from '../../helpers/toolchain-snapshots.js';
import { collectSample } from './dialect-sample.js';

const bundle = bundlePath('kubernetes-sigs+cluster-api-provider-azure');
const TARGET = 'docs/upstream/capz';

describe.skipIf(!bundle)('mdbook reader on cluster-api-provider-azure', () => {
  let dir: string;
  let collected: CollectedSource;
  let diagnostics: Diagnostic[];
  let nav: SiteNav;

  beforeAll(async () => {
    const sample = await collectSample(bundle!, { id: 'capz', include: ['docs/book/**'], base: 'docs/book/src', target: TARGET });
    ({ dir, collected, diagnostics } = sample);
    nav = sample.nav!;
    return removeTempDirs;
  });

  const pages = () => collected.files.filter((file) => file.kind === 'doc');
  const text = (from: string) => pages().find((file) => file.from === from)!.content.toString('utf8');

  it('is read with mdbook, its book.toml found above the base folder', () => {
    expect(collected.toolchain).toEqual({ name: 'mdbook', config: 'docs/book/book.toml', detected: true });
    expect(pages().length).toBe(61);
    expect(pages().map((file) => file.from)).not.toContain('docs/book/src/SUMMARY.md');
  });

  it('builds every converted page with the site\'s markdown pipeline', async () => {
    expect(await findUnbuildablePages(pages().map((file) => ({ from: file.from, to: file.to, text: file.content.toString('utf8') })))).toEqual([]);
  });

  it('includes the README where introduction.md includes it', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8').trimEnd();
    const introduction = text('docs/book/src/introduction.md');
    expect(introduction).not.toContain('{{#include');
    expect(introduction).toContain(readme);
  });

  it('leaves no mdbook expression outside code unless it is reported', () => {
    const leftovers = pages().flatMap((file) => {
      const converted = file.content.toString('utf8');
      const code = codeSpans(parseMarkdown(converted));
      return [...converted.matchAll(/\{\{\s*#[a-zA-Z0-9_]+/g)].filter((match) => !code.has(match.index)).map(() => file.from);
    });
    const reported = diagnostics.filter((d) => d.code.startsWith('toolchain/') && d.construct?.startsWith('{{#')).map((d) => d.file);
    expect(leftovers.sort()).toEqual(reported.sort());
    // the generated API references are not in the repository (mdbook cannot build them from it either)
    expect(diagnostics.filter((d) => d.code === 'toolchain/missing-include').map((d) => `${d.file}:${d.line}`)).toEqual([
      'docs/book/src/reference/v1alpha1-api.md:1',
      'docs/book/src/reference/v1beta1-api.md:1',
      'docs/book/src/reference/v1beta1-exp-api.md:1',
    ]);
  });

  it('reports each preprocessor book.toml runs that the site does not, once', () => {
    const preprocessors = diagnostics.filter((d) => d.construct?.startsWith('[preprocessor.'));
    expect(preprocessors.map((d) => `${d.file}:${d.line} ${d.construct}`)).toEqual([
      'docs/book/book.toml:16 [preprocessor.tabulate]',
      'docs/book/book.toml:19 [preprocessor.embed]',
      'docs/book/book.toml:22 [preprocessor.releaselink]',
    ]);
  });

  it('gives the sidebar the order, labels and nesting of SUMMARY.md', () => {
    const summary = readFileSync(join(dir, 'docs/book/src/SUMMARY.md'), 'utf8');
    const chapters = [...summary.matchAll(/^([ \t]*)(?:- )?\[([^\]]+)\]\(\.\/([^)]+)\)/gm)].map(([, indent, label, path]) => ({
      depth: indent!.replace(/\t/g, '    ').length / 4,
      label,
      path: `${TARGET}/${path!.replace(/\.md$/, '')}.md`,
    }));
    expect(chapters).toHaveLength(59);
    const flat = (items: readonly SiteNavItem[], depth = 0): Array<{ depth: number; label: string; path: string }> =>
      items.flatMap((item) => (item.type === 'doc' ? [{ depth, label: item.label!, path: item.path }] : item.type === 'category' ? [{ depth, label: item.label, path: item.path! }, ...flat(item.items, depth + 1)] : []));
    expect(flat(nav.items)).toEqual(chapters);
    // two chapters upstream never added to SUMMARY.md: built after the listed ones, and reported
    expect(diagnostics.filter((d) => d.code === 'toolchain/unlisted-page').map((d) => d.file)).toEqual(['docs/book/src/self-managed/publicmec-clusters.md', 'docs/book/src/self-managed/vm-diagnostics.md']);
  });
});
