import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { computeRoute, readRouteFrontMatter } from '../link-index/compute-route.js';
import { readFrontMatter } from '../markdown/read-front-matter.js';
import type { TreePage } from './plan-focus.js';

const PAGE = /\.mdx?$/i;

/** Every page the sync wrote under `contentDir` (generated ones too) with the route its front matter gives it. */
export async function listTreePages(contentDir: string): Promise<TreePage[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && PAGE.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  const pages = await Promise.all(
    files.map(async (file): Promise<TreePage | undefined> => {
      const to = file.slice(contentDir.length + 1).split(sep).join('/');
      const frontMatter = readFrontMatter(await readFile(file, 'utf8'));
      const route = computeRoute(to, frontMatter.kind === 'ok' ? readRouteFrontMatter(frontMatter.data) : {});
      return route === undefined ? undefined : { to, route };
    }),
  );
  return pages.filter((page) => page !== undefined);
}
