import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { splitFrontMatter } from '../shared/front-matter.js';
import type { Toolchain, ToolchainProblem } from '../types.js';
import { convertDocusaurusPage } from './convert-page.js';
import { indexDocs, isPartial } from './doc-index.js';
import { readSidebars } from './read-sidebars.js';
import { readDocusaurusSite } from './site-config.js';

const CONFIG = /^docusaurus\.config\.(js|ts|mjs|cjs)$/;
const SIDEBARS = /^sidebars[\w.-]*\.(js|ts|json|cjs|mjs)$/;

/** Docusaurus: MDX pages (read, never run) and sidebars files (read statically). */
export const docusaurus: Toolchain = {
  name: 'docusaurus',
  configFile: CONFIG,
  detect: (paths, base) => findUpwards(paths, base),
  async prepare(input) {
    const problems: ToolchainProblem[] = [];
    const configPath = input.config ?? findUpwards(input.snapshot.paths, input.source.base) ?? 'docusaurus.config.js';
    const site = await readDocusaurusSite(input.snapshot, configPath, problems);
    const index = indexDocs(site.plugins, input.docs);
    const nav = await readSidebars(site, index, input.snapshot, problems);
    const context = { site, index, snapshot: input.snapshot, trusted: input.source.trusted };
    return {
      fingerprint: fingerprint(site.digest, input.docs, input.source.trusted),
      // `_`-prefixed files and folders of a docs plugin are partials (imported by pages), drafts are not published
      isPage: (path) => {
        const plugin = index.pluginOf(path);
        return !index.byPath.get(path)?.draft && !(plugin && isPartial(plugin, path));
      },
      convert: (doc) => convertDocusaurusPage(doc, context),
      ...(nav ? { nav } : {}),
      problems,
    };
  },
};

/** docusaurus.config in `base` or a folder above it, else a sidebars file there (nearest folder first). */
function findUpwards(paths: ReadonlySet<string>, base: string): string | undefined {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    const name = posix.basename(path);
    if (!CONFIG.test(name) && !SIDEBARS.test(name)) continue;
    const folder = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }
  for (let dir = base; ; dir = posix.dirname(dir)) {
    const folder = dir === '.' ? '' : dir;
    const found = (byFolder.get(folder) ?? []).sort();
    const chosen = found.find((path) => CONFIG.test(posix.basename(path))) ?? found[0];
    if (chosen !== undefined) return chosen;
    if (folder === '') return undefined;
  }
}

/** Conversions read every doc's id and route (front matter `id`, `slug`): a change to any converts them again. */
function fingerprint(siteDigest: string, docs: ReadonlyMap<string, string>, trusted: boolean): string {
  const hash = createHash('sha256').update(`docusaurus-1\0${siteDigest}\0${trusted}`);
  for (const [path, text] of [...docs].sort(([a], [b]) => a.localeCompare(b))) hash.update(`\0${path}\0${text.slice(0, splitFrontMatter(text).bodyStart)}`);
  return hash.digest('base64url');
}
