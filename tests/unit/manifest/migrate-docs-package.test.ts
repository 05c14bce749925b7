import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import picomatch from 'picomatch';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { migrateDocsPackage, parseManifest, type SourceSpec } from '../../../src/manifest/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/manifest');
const oldManifest = JSON.parse(readFileSync(join(FIXTURES, 'docs.package.json'), 'utf8')) as { repo: string; source: string | string[]; target: string; label: string }[];
const upstream = JSON.parse(readFileSync(join(FIXTURES, 'upstream-files.json'), 'utf8')) as Record<string, string[]>;
const work = mkdtempSync(join(tmpdir(), 'migrate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

function makeRepo(name: string): string {
  const dir = join(work, 'repos', name);
  for (const file of upstream[name] ?? []) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${name}:${file}\n`);
  }
  return dir;
}

/** What the old getDocs script did: `mkdir -p <target>/<label>` then `cp -r <repo>/<source> <target>/<label>`. */
function runOldCopy(): string[] {
  const site = join(work, 'old-site');
  for (const entry of oldManifest) {
    const repoDir = makeRepo(entry.repo.split('/')[1]!);
    const folder = join(site, entry.target, entry.label);
    const sources = Array.isArray(entry.source) ? entry.source : [entry.source];
    for (const source of sources) execFileSync('sh', ['-c', `mkdir -p "$1" && cp -r ${source} "$1"`, 'sh', folder], { cwd: repoDir });
  }
  return listFiles(site);
}

/** Where the migrated manifest puts the same files: include/exclude globs, then `target` + path minus `base`. */
function placeWithManifest(sources: readonly SourceSpec[]): string[] {
  return sources
    .flatMap((spec) => {
      const name = spec.repo!.split('/').at(-1)!;
      const included = picomatch(spec.include, { dot: true });
      return (upstream[name] ?? [])
        .filter((file) => included(file))
        .map((file) => posix.join(spec.target, spec.base === '' ? file : file.slice(spec.base.length + 1)));
    })
    .sort();
}

describe('migrateDocsPackage', () => {
  const { yaml, diagnostics } = migrateDocsPackage(oldManifest, 'docs.package.json');

  it('writes a repos.yaml for every source form of the old file', async () => {
    expect(diagnostics).toEqual([]);
    await expect(yaml).toMatchFileSnapshot('../../fixtures/manifest/migrated-repos.yaml');
  });

  it('produces a manifest that validates', () => {
    const manifest = parseManifest(yaml, 'repos.yaml');
    expect(manifest.sources.map((s) => s.id)).toEqual([
      'release-notes',
      'operator',
      'dashboard',
      'monitor',
      'hardware',
      'handbook',
      'health-check',
      'health-check-2',
      'scanner',
      'scanner-2',
      'rules',
      'rules-2',
    ]);
  });

  it('places every file where the old cp -r placed it', () => {
    const oldTree = runOldCopy();
    expect(oldTree.length).toBeGreaterThan(20);
    expect(placeWithManifest(parseManifest(yaml, 'repos.yaml').sources)).toEqual(oldTree);
  });

  it('starts with the schema modeline and a migration note', () => {
    expect(yaml.split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=./schema/repos.schema.json',
      "# Migrated from docs.package.json by the sync's --migrate; review ids, labels and sidebar positions.",
    ]);
  });

  it('reports broken entries and converts the rest', () => {
    const result = migrateDocsPackage(
      [
        { repo: 'example-org/good', source: 'docs/*', target: 'docs', label: 'good' },
        { repo: 'example-org/no-source', target: 'docs', label: 'x' },
        'example-org/not-an-object',
        { repo: '--upload-pack=touch /tmp/x', source: 'docs', target: 'docs', label: 'x' },
        { repo: 'example-org/escape', source: ['../secrets/*.md', 'docs/a.md'], target: 'docs', label: 'escape' },
        { repo: 'example-org/blog', source: 'posts/*.md', target: 'blog', label: 'posts' },
        { repo: 'example-org/flat', source: 'docs/*/README.md', target: 'docs', label: 'flat' },
      ],
      'old/docs.package.json',
    );
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toMatchInlineSnapshot(`
      "old/docs.package.json: error: [1].source must be a path or a non-empty list of paths.
        hint: e.g. "source": "docs/*" or "source": ["docs/a.md", "docs/b.md"].
      old/docs.package.json: error: [2] is not an object.
        hint: Each entry looks like { "repo": "OWNER/NAME", "source": "docs/*", "target": "docs/guides", "label": "name" }.
      old/docs.package.json: error: [3].repo "--upload-pack=touch /tmp/x" starts with "-", so git would read it as an option.
        hint: Give a repository URL or OWNER/NAME (OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path).
      escape (https://github.com/example-org/escape) old/docs.package.json: error: [4].source[0] "../secrets/*.md" contains a ".." segment, which leads outside its root; it was left out.
        hint: Remove the ".."; write it relative to the repository root, e.g. "docs/**/*.md".
      blog (https://github.com/example-org/blog) old/docs.package.json: error: [5] lands in "blog/posts", which does not start with a site section.
        hint: Fix the target of blog in the output. Start the target with one of: docs, user-docs, contributor-docs, standards, community (e.g. docs/blog/posts).
      flat (https://github.com/example-org/flat) old/docs.package.json: warning: [6].source "docs/*/README.md" has wildcards in a folder part: the old script copied the matches flat into one folder, the migrated entry keeps their sub-folders below "docs".
        hint: Check links to these files, or list the folders as separate sources."
    `);
    expect(result.yaml).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=./schema/repos.schema.json
      # Migrated from docs.package.json by the sync's --migrate; review ids, labels and sidebar positions.

      sources:
        - id: good
          repo: example-org/good
          include: ["docs/**"]
          base: docs
          target: docs/good
          label: good

        - id: escape
          repo: example-org/escape
          include: ["docs/a.md"]
          base: docs
          target: docs/escape
          label: escape

        - id: blog
          repo: example-org/blog
          include: ["posts/*.md"]
          base: posts
          target: blog/posts
          label: posts

        - id: flat
          repo: example-org/flat
          include: ["docs/*/README.md"]
          base: docs
          target: docs/flat
          label: flat
      "
    `);
  });

  it('reports a file that is not a list', () => {
    const result = migrateDocsPackage({ repo: 'example-org/x' }, 'docs.package.json');
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toMatchInlineSnapshot(`
      "docs.package.json: error: docs.package.json must hold a list of entries.
        hint: Give the old file: a JSON array of { "repo", "source", "target", "label" } objects."
    `);
    expect(() => parseManifest(result.yaml, 'repos.yaml')).not.toThrow();
  });
});
