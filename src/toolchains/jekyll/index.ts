import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { findConfigUpwards } from '../shared/find-config.js';
import { splitFrontMatter } from '../shared/front-matter.js';
import type { Toolchain, ToolchainProblem } from '../types.js';
import { convertJekyllPage } from './convert-page.js';
import { readNavData } from './nav-data.js';
import { indexPages, isJekyllPage } from './pages.js';
import { readJekyllSite } from './read-site.js';
import { siteScope } from './site-scope.js';

const CONFIG_NAMES = ['_config.yml', '_config.yaml'];
/** Folders only a Jekyll site has next to its _config.yml (other tools use a _config.yml too: Hexo). */
const JEKYLL_FOLDERS = ['_layouts', '_includes', '_data', '_posts', '_drafts', '_sass', '_plugins'];

/** Jekyll: Liquid templates rendered into kramdown markdown; navigation, when a site has one, in `_data`. */
export const jekyll: Toolchain = {
  name: 'jekyll',
  configFile: /^_config\.ya?ml$/,
  detect(paths, base) {
    const config = findConfigUpwards(paths, base, CONFIG_NAMES);
    if (config === undefined) return undefined;
    const dir = posix.dirname(config) === '.' ? '' : `${posix.dirname(config)}/`;
    for (const path of paths) {
      if (!path.startsWith(dir)) continue;
      const top = path.slice(dir.length).split('/')[0]!;
      if (JEKYLL_FOLDERS.includes(top) || (top.startsWith('_') && path.slice(dir.length).includes('/') && /\.(md|markdown)$/i.test(path))) return config;
    }
    return undefined;
  },
  async prepare(input) {
    const problems: ToolchainProblem[] = [];
    const configPath = input.config ?? findConfigUpwards(input.snapshot.paths, input.source.base, CONFIG_NAMES) ?? CONFIG_NAMES[0]!;
    const site = await readJekyllSite(input.snapshot, configPath, problems);
    const pages = indexPages(site, input.docs);
    const isPage = (path: string) => isJekyllPage(site, path, pages.byPath.get(path));
    const nav = readNavData(site, pages, isPage);
    problems.push(...nav.problems);
    const context = { site, pages, siteScope: siteScope(site, pages), snapshot: input.snapshot };
    return {
      fingerprint: fingerprint(site.digest, input.docs),
      isPage,
      convert: (doc) => convertJekyllPage(doc, context),
      ...(nav.nav ? { nav: nav.nav } : {}),
      problems,
    };
  },
};

/** Every page renders with `site` (all pages' front matter): a change to any front matter converts them again. */
function fingerprint(siteDigest: string, docs: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`jekyll-1\0${siteDigest}`);
  for (const [path, text] of [...docs].sort(([a], [b]) => a.localeCompare(b))) hash.update(`\0${path}\0${text.slice(0, splitFrontMatter(text).bodyStart)}`);
  return hash.digest('base64url');
}
