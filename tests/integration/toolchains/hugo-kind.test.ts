/**
 * The Hugo reader on real data: kubernetes-sigs/kind (../shared/dialects), collected as the sync collects it
 * (working tree, the manifest entry of the brief) and its navigation written as `_nav.json`.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { CollectedSource } from '../../../src/collect/types.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { listLocalReferences } from '../../../src/markdown/list-local-references.js';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { resolveUpstreamPath } from '../../../src/markdown/resolve-upstream-path.js';
import { findUnbuildablePages } from '../../helpers/site-build.js';
import { codeSpans } from '../../../src/toolchains/shared/code-spans.js';
import type { SiteNav, SiteNavItem } from '../../../src/write/nav-files.js';
import { removeTempDirs } from '../../helpers/temp-dir.js';
import { bundlePath } from '../../helpers/toolchain-snapshots.js';
import { collectSample } from './dialect-sample.js';

const bundle = bundlePath('kubernetes-sigs+kind');
const TARGET = 'docs/upstream/kind';
const SHORTCODE = /\{\{[<%]/g;

describe.skipIf(!bundle)('Hugo reader on kind', () => {
  let dir: string;
  let paths: Set<string>;
  let collected: CollectedSource;
  let diagnostics: Diagnostic[];
  let nav: SiteNav;

  beforeAll(async () => {
    const sample = await collectSample(bundle!, { id: 'kind', include: ['site/**'], base: 'site/content', target: TARGET });
    ({ dir, collected, diagnostics } = sample);
    nav = sample.nav!;
    paths = new Set(collected.snapshotPaths);
    return removeTempDirs;
  });

  const pages = () => collected.files.filter((file) => file.kind === 'doc');
  const upstream = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('is read with Hugo, its config.toml found beside content/', () => {
    expect(collected.toolchain).toEqual({ name: 'hugo', config: 'site/config.toml', detected: true });
    expect(pages()).toHaveLength(21);
    expect(pages().find((file) => file.from === 'site/content/_index.md')?.to).toBe(`${TARGET}/index.md`);
  });

  it('builds every converted page with the site\'s markdown pipeline', async () => {
    expect(await findUnbuildablePages(pages().map((file) => ({ from: file.from, to: file.to, text: file.content.toString('utf8') })))).toEqual([]);
  });

  it('converts every shortcode outside code; what it cannot convert is reported where it is written', () => {
    const upstreamCount = pages().reduce((sum, file) => sum + [...upstream(file.from).matchAll(/\{\{[<%](?!\s*\/)(?!\/\*)/g)].length, 0);
    expect(upstreamCount).toBe(88);
    const leftovers = pages().flatMap((file) => {
      const text = file.content.toString('utf8');
      const code = codeSpans(parseMarkdown(text));
      return [...text.matchAll(SHORTCODE)].filter((match) => !code.has(match.index)).map(() => file.from);
    });
    expect(leftovers).toEqual([]);
    const unconverted = diagnostics.filter((d) => d.code === 'toolchain/unconverted' || d.code === 'toolchain/missing-include');
    expect(unconverted.map((d) => `${d.file}:${d.line} ${d.construct}`)).toEqual(['site/content/docs/user/configuration.md:169 {{< securitygoose >}}']);
    expect(diagnostics.filter((d) => d.code === 'toolchain/simplified')).toHaveLength(6);
  });

  it('fills in what the repository\'s shortcodes print: site params, files, code, absolute URLs', () => {
    const text = (from: string) => pages().find((file) => file.from === from)!.content.toString('utf8');
    expect(text('site/content/docs/user/quick-start.md')).toContain('go install sigs.k8s.io/kind@v0.32.0');
    expect(text('site/content/docs/user/ingress.md')).toContain('kubectl apply -f https://kind.sigs.k8s.io/examples/ingress/usage.yaml');
    expect(text('site/content/docs/user/ingress.md')).toContain(upstream('site/static/examples/ingress/usage.yaml').trimEnd());
    expect(text('site/content/docs/user/local-registry.md')).toContain(`\`\`\`sh\n${upstream('site/static/examples/kind-with-registry.sh').trimEnd()}\n\`\`\``);
  });

  it('points site-route links at the pages and files that serve them', () => {
    const routeLinks = pages().reduce((sum, file) => sum + listLocalReferences(upstream(file.from)).filter((ref) => ref.url.startsWith('/')).length, 0);
    expect(routeLinks).toBe(45);
    const unresolved = pages().flatMap((file) =>
      listLocalReferences(file.content.toString('utf8'))
        .filter((ref) => !paths.has(resolveUpstreamPath(file.from, ref.url)?.path ?? ''))
        .map((ref) => `${file.from} ${ref.url}`),
    );
    // upstream links to what the site never had, and to images the sample leaves out (over 200 kB)
    expect(unresolved.sort()).toEqual([
      'site/content/docs/contributing/getting-started.md /docs/contributing/project-structure',
      'site/content/docs/design/initial.md /docs/images/diagram.png',
      'site/content/docs/user/known-issues.md /docs/user/images/docker-pref-build.png',
      'site/content/docs/user/quick-start.md /docs/user/images/docker-pref-build.png',
    ]);
  });

  it('gives the sidebar the menu: the config\'s entries, then the pages under each by menu weight and title', () => {
    const entries = pages().flatMap((file) => {
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(upstream(file.from))?.[1] ?? '') as { title: string; menu?: { main: { parent: string; weight?: number } } };
      return front.menu ? [{ parent: front.menu.main.parent, weight: front.menu.main.weight ?? Infinity, label: front.title, path: posix.join(TARGET, posix.relative('site/content', file.from)) }] : [];
    });
    const under = (parent: string) => entries.filter((e) => e.parent === parent).sort((a, b) => a.weight - b.weight || a.label.localeCompare(b.label)).map((e) => `  ${e.label} ${e.path}`);
    const flat = (items: readonly SiteNavItem[], depth = 0): string[] =>
      items.flatMap((item) => (item.type === 'doc' ? [`${'  '.repeat(depth)}${item.label} ${item.path}`] : item.type === 'category' ? [`${'  '.repeat(depth)}${item.label}`, ...flat(item.items, depth + 1)] : []));
    expect(flat(nav.items)).toEqual([`Home ${TARGET}/index.md`, 'User Guide', ...under('user'), 'Design', ...under('design'), 'Contributing', ...under('contributing')]);
    expect(diagnostics.filter((d) => d.code === 'toolchain/unlisted-page')).toEqual([]);
  });
});
