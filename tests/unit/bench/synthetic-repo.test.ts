import { posix } from 'node:path';
import type { Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFastImportStream } from '../../../src/bench/fast-import-stream.js';
import { githubBlobUrl, relativeLink } from '../../../src/bench/synthetic-layout.js';
import { generateSyntheticRepo, renderSyntheticManifest } from '../../../src/bench/synthetic-repo.js';
import { collectAnchors, parseMarkdown } from '../../../src/markdown/index.js';

const site = { repos: 3, docsPerRepo: 30 };
const repos = Array.from({ length: site.repos }, (_, repo) => generateSyntheticRepo(site, repo));

function docsOf(files: ReturnType<typeof generateSyntheticRepo>) {
  return files.filter((f) => f.path.startsWith('docs/') && f.path.endsWith('.md'));
}

/** Every link and image of every doc, with the doc it is in. */
function listReferences() {
  return repos.flatMap((files, repo) =>
    docsOf(files).flatMap((doc) => {
      const refs: { repo: number; from: string; url: string }[] = [];
      visit(parseMarkdown(doc.content.toString()), (node) => {
        if (node.type === 'link' || node.type === 'image') refs.push({ repo, from: doc.path, url: (node as Link | Image).url });
      });
      return refs;
    }),
  );
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(repo: number, path: string): Set<string> {
  const key = `${repo}:${path}`;
  if (!anchorCache.has(key)) {
    const doc = repos[repo]!.find((f) => f.path === path);
    anchorCache.set(key, doc ? collectAnchors(parseMarkdown(doc.content.toString())).anchors : new Set());
  }
  return anchorCache.get(key)!;
}

describe('generateSyntheticRepo', () => {
  it('makes the requested number of docs in topic folders, the images they show, and code the sync must leave out', () => {
    const files = repos[0]!;
    expect(docsOf(files)).toHaveLength(site.docsPerRepo);
    expect(new Set(docsOf(files).map((f) => posix.dirname(f.path))).size).toBeGreaterThan(2);
    expect(files.filter((f) => f.path.endsWith('.png')).every((f) => f.content.subarray(1, 4).toString() === 'PNG')).toBe(true);
    expect(files.some((f) => !f.path.startsWith('docs/'))).toBe(true);
  });

  it('is the same on every run', () => {
    expect(generateSyntheticRepo(site, 1).map((f) => f.content.toString('base64'))).toEqual(repos[1]!.map((f) => f.content.toString('base64')));
  });

  it('gives pages front matter, sections, a table, code, a GitHub alert, and links within and across repos', () => {
    const text = docsOf(repos[0]!)[5]!.content.toString();
    expect(text.startsWith('---\ndescription: ')).toBe(true);
    for (const part of ['\n# ', '\n## ', '| --- |', '```bash', '> [!NOTE]', '](https://github.com/bench-org/repo-00', '](./', '![Figure']) {
      expect(text).toContain(part);
    }
  });

  it('only links to files and heading anchors that exist, so a site built from it has no broken links', () => {
    const refs = listReferences();
    let relative = 0;
    let crossRepo = 0;
    for (const ref of refs) {
      if (ref.url.startsWith('https://scs.community')) continue;
      const blob = /^https:\/\/github\.com\/bench-org\/repo-(\d+)\/blob\/main\/(.*)$/.exec(ref.url);
      const [target, anchor] = blob ? [blob[2]!, undefined] : ref.url.split('#');
      const repo = blob ? Number(blob[1]) : ref.repo;
      const path = blob ? target! : posix.join(posix.dirname(ref.from), target!);
      expect(repos[repo]!.some((f) => f.path === path), `${ref.from} → ${ref.url}`).toBe(true);
      if (anchor) expect(anchorsOf(repo, path).has(anchor), `${ref.from} → ${ref.url}`).toBe(true);
      if (blob) crossRepo++;
      else relative++;
    }
    expect(relative).toBeGreaterThan(site.repos * site.docsPerRepo * 2);
    expect(crossRepo).toBe(site.repos * site.docsPerRepo);
  });
});

describe('synthetic layout', () => {
  it('writes relative links the way authors do', () => {
    expect(relativeLink('docs/topic-00/page-0001.md', 'docs/topic-00/page-0002.md')).toBe('./page-0002.md');
    expect(relativeLink('docs/topic-01/page-0030.md', 'docs/README.md')).toBe('../README.md');
    expect(relativeLink('docs/README.md', 'docs/images/figure-1.png')).toBe('./images/figure-1.png');
    expect(githubBlobUrl(7, 'docs/README.md')).toBe('https://github.com/bench-org/repo-007/blob/main/docs/README.md');
  });

  it('lists the site’s own pages and one entry per repo in the manifest', () => {
    const manifest = parse(renderSyntheticManifest(site)) as { sources: { id: string; repo: string; target: string }[] };
    expect(manifest.sources.map((s) => s.id)).toEqual(['site', 'repo-000', 'repo-001', 'repo-002']);
    expect(manifest.sources[2]).toMatchObject({ repo: 'https://github.com/bench-org/repo-001', target: 'docs/bench/repo-001' });
  });
});

describe('buildFastImportStream', () => {
  it('declares the byte length of every file (not its character count) and chains the commits', () => {
    const stream = buildFastImportStream('main', [
      { time: 1, author: 'A', email: 'a@example.org', message: 'first\n', files: [{ path: 'docs/ä.md', content: Buffer.from('# Überblick\n') }] },
      { time: 2, author: 'B', email: 'b@example.org', message: 'second\n', files: [] },
    ]).toString();
    expect(stream).toContain('M 100644 inline docs/ä.md\ndata 13\n# Überblick\n');
    expect(stream).toContain('commit refs/heads/main\nmark :2\nauthor B <b@example.org> 2 +0000\ncommitter B <b@example.org> 2 +0000\ndata 7\nsecond\n\nfrom :1\n');
  });
});
