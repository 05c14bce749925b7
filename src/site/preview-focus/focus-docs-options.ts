import { resolve } from 'node:path';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import type { PreviewFocus } from './preview-focus.js';
import remarkLinksOutsideFocus from './remark-links-outside-focus.js';

/** The glob of a focused source whose target is the section's own folder: the section is built whole. */
const WHOLE_FOLDER = '**/*.{md,mdx}';

/**
 * A docs instance's options in a focused preview (none without a focus): only the focused pages of the section,
 * a sidebar generated from them (a section's hand-made sidebar would name pages that are not built), and links to
 * the other pages going to the published site at `siteUrl`.
 */
export function focusDocsOptions(focus: PreviewFocus | undefined, section: string, contentDir: string, siteUrl: string): Partial<DocsOptions> {
  if (!focus) return {};
  const prefix = `${section}/`;
  const include = focus.pages.filter((glob) => glob.startsWith(prefix)).map((glob) => glob.slice(prefix.length));
  return {
    include,
    ...(!include.includes(WHOLE_FOLDER) && { sidebarPath: './sidebars.ts' }),
    beforeDefaultRemarkPlugins: [[remarkLinksOutsideFocus, { contentDir: resolve(contentDir), siteUrl, elsewhere: focus.elsewhere }]],
  };
}
