import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareTwins } from '../../../../src/site/markdown-twins/prepare-twins.js';
import { loadTwinCache } from '../../../../src/site/markdown-twins/twin-cache.js';
import type { TwinPage } from '../../../../src/site/markdown-twins/twin-types.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/temp-dir.js';

describe('preparing twins', () => {
  afterAll(removeTempDirs);
  const dir = makeTempDir('scs-twins-');
  const contentDir = join(dir, 'content');
  const cacheDir = join(dir, 'cache');
  mkdirSync(join(contentDir, 'docs'), { recursive: true });
  const routes = new Map<string, string>();
  const site = { url: 'https://docs.example.org', contentDir, findPermalink: (file: string) => routes.get(file) };
  const pages: TwinPage[] = ['a', 'b', 'broken'].map((name) => ({
    permalink: `/docs/${name}`,
    title: name.toUpperCase(),
    description: '',
    file: join(contentDir, 'docs', `${name}.${name === 'broken' ? 'mdx' : 'md'}`),
    frontMatter: {},
  }));
  writeFileSync(pages[0]!.file, '# A\n\nFirst, see [B](./b.md).\n');
  routes.set(pages[1]!.file, '/docs/b');
  writeFileSync(pages[1]!.file, 'Second.\n');
  writeFileSync(pages[2]!.file, 'An MDX page that does not parse: <div\n');

  const run = async () => {
    const cache = await loadTwinCache(cacheDir);
    const result = await prepareTwins(pages, site, cache, 'build');
    await cache.save();
    return result;
  };

  it('converts every page once, takes unchanged pages from the cache next time, and converts a changed page again', async () => {
    const cold = await run();
    expect(cold.converted).toBe(2);
    expect(cold.twins.map(({ twin }) => twin.body)).toEqual(['# A\n\nFirst, see [B](https://docs.example.org/docs/b).\n', '# B\n\nSecond.\n']);
    const warm = await run();
    expect(warm.converted).toBe(0);
    expect(warm.twins).toEqual(cold.twins);
    writeFileSync(pages[1]!.file, 'Second, edited.\n');
    const edited = await run();
    expect(edited.converted).toBe(1);
    expect(edited.twins[1]!.twin.body).toBe('# B\n\nSecond, edited.\n');
  });

  it('converts again only the twins that link to a page whose URL changed', async () => {
    routes.set(pages[1]!.file, '/docs/b-moved');
    const moved = await run();
    expect(moved.converted).toBe(1);
    expect(moved.twins[0]!.twin.body).toContain('(https://docs.example.org/docs/b-moved)');
  });

  it('names a page it cannot convert and still prepares the others', async () => {
    const { twins, failures } = await run();
    expect(twins.map(({ page }) => page.permalink)).toEqual(['/docs/a', '/docs/b']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/broken\.mdx:\d+: cannot read the page as MDX/);
  });
});
