import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Toolchain } from '../types.js';
import { buildContentTree } from './content-tree.js';
import { convertPage } from './convert-page.js';
import { buildNavigation } from './navigation.js';
import { readShortcodeTemplates } from './shortcode-templates.js';
import { findHugoConfig, readSiteConfig, siteWithoutConfig } from './site-config.js';

/**
 * Hugo (gohugo.io): the config (`hugo.*`/`config.*` beside `content/`) gives params, menus and the site URL;
 * content files keep their folders (`_index.md` is its section's index page), front matter becomes the site's,
 * shortcodes are converted where their meaning is known (templates are recognised, never run), site-URL links
 * point at files, and the menu or section tree is the navigation.
 */
export const hugo: Toolchain = {
  name: 'hugo',
  configFile: /^(hugo|config)\.(toml|ya?ml|json)$/,
  detect: findHugoConfig,
  async prepare(input) {
    const { snapshot } = input;
    const read = input.config ? await readSiteConfig(input.config, snapshot) : { site: siteWithoutConfig(input.source.base), problems: [], texts: [] };
    const tree = buildContentTree(read.site, input.docs, snapshot.paths);
    const templates = await readShortcodeTemplates(read.site, snapshot);
    const hash = createHash('sha256').update(`hugo\0${read.texts.join('\0')}\0`);
    for (const template of templates.values()) hash.update(`${template.path}\0${template.text}\0`);
    for (const page of [...tree.pages.values()].sort((a, b) => a.path.localeCompare(b.path))) hash.update(`${page.path}\0${page.route}\n`);
    const project = read.site.projectDir === '' ? '' : `${read.site.projectDir}/`;
    for (const path of [...snapshot.paths].filter((p) => p.startsWith(project)).sort()) hash.update(`${path}\n`);
    return {
      fingerprint: hash.digest('base64url'),
      isPage: (path) => tree.isPage(path),
      pageName: (path) => (/^_index\.[^.]+$/i.test(posix.basename(path)) ? 'index' : undefined),
      convert: (doc) => convertPage(doc, { tree, templates, snapshot }),
      nav: buildNavigation(tree, input.config ?? read.site.contentDir),
      problems: read.problems,
    };
  },
};
