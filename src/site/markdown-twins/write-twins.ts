import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { PreparedTwin } from './prepare-twins.js';
import { toTwinPath } from './twin-path.js';

const MARKDOWN_FILE = /\.mdx?$/i;

/**
 * The build copies the whole content folder into the site (it is a static folder: images and files that raw
 * html links must be served), markdown sources too. Those copies are the sync's internals (site syntax, site
 * keys) and would sit where twins belong (`content/user-docs/a.md` → `/user-docs/a.md`): they are removed.
 */
export async function removeCopiedSources(contentDir: string, outDir: string): Promise<number> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const sources = entries.filter((entry) => entry.isFile() && MARKDOWN_FILE.test(entry.name));
  await Promise.all(sources.map((entry) => rm(join(outDir, relative(contentDir, join(entry.parentPath, entry.name))), { force: true })));
  return sources.length;
}

/** Each twin at its page's URL plus `.md` (below the site's base URL, which `outDir` serves), with its front matter. */
export async function writeTwins(twins: readonly PreparedTwin[], outDir: string, baseUrl: string): Promise<void> {
  await Promise.all(
    twins.map(async ({ page, twin }) => {
      const file = join(outDir, toTwinPath(page.permalink).slice(baseUrl.length));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, `---\n${twin.frontMatter}---\n\n${twin.body}`);
    }),
  );
}
