import type { MarkdownConfig } from '@docusaurus/types';
import remarkTabs from './markdown/remark-tabs.js';

/**
 * How the site reads markdown: one place for docusaurus.config.ts and for the sync's page check
 * (src/page-check), which compiles every page the way the site build will.
 * `.md` is CommonMark (no JSX, no expressions): plain upstream markdown cannot break MDX.
 */
export const SITE_MARKDOWN = {
  format: 'detect',
  mermaid: true,
  hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
} satisfies Partial<MarkdownConfig>;

/** Static folders of the site, relative to the project; the content tree is one in production builds (see docusaurus.config.ts). */
export const STATIC_DIRECTORY = 'static';

/** Remark plugins of every docs section: the site's own markdown on top of Docusaurus' (tabs as directives). */
export const SITE_REMARK_PLUGINS = [remarkTabs];
