import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { SITE_MARKDOWN, SITE_REMARK_PLUGINS, STATIC_DIRECTORY } from '../site/markdown-config.js';
import type { PageReference } from './types.js';

const require = createRequire(import.meta.url);

/** The part of `@docusaurus/mdx-loader`'s options the page check sets (the loader's own type is internal). */
export interface SiteMdxOptions {
  markdownConfig: Record<string, unknown> & { parseFrontMatter: (params: unknown) => Promise<{ frontMatter: Record<string, unknown> }> };
  [key: string]: unknown;
}

/** Receives what the pipeline asks about links and images; the page check decides about them afterwards. */
export type ReferenceSink = (reference: PageReference) => void;

/**
 * The MDX loader options of the site's docs instances (see createDocsMDXLoaderRule in
 * @docusaurus/plugin-content-docs): the site's markdown config as Docusaurus normalises it, the docs plugin's
 * defaults (admonitions on) with the site's remark plugins, the site's static folders. Two things differ on purpose:
 * broken file links and images are recorded instead of thrown (the sync writes the files after the check, so
 * they may not be on disk yet), and `.md` links resolve to a placeholder route (the sync has resolved them).
 * `runnable` compiles to a function body (MDX's own output format for running a page, as `evaluate` does)
 * instead of a module: the same plugins, only the last step differs, and the page check can render it
 * without a bundler.
 */
export function createSiteMdxOptions(projectDir: string, contentDir: string, sink: () => ReferenceSink, runnable: boolean): SiteMdxOptions {
  const markdownConfig = normalizedMarkdownConfig();
  const record = (kind: PageReference['kind']) => (params: { url?: string; node?: { position?: { start: { line: number; column: number } } } }) => {
    const start = params.node?.position?.start;
    sink()({ kind, url: params.url ?? '', ...(start ? { line: start.line, column: start.column } : {}) });
    return undefined;
  };
  return {
    admonitions: true,
    remarkPlugins: SITE_REMARK_PLUGINS,
    rehypePlugins: [],
    recmaPlugins: [],
    beforeDefaultRemarkPlugins: [],
    beforeDefaultRehypePlugins: [],
    ...(runnable ? { outputFormat: 'function-body' } : {}),
    siteDir: projectDir,
    staticDirs: [resolve(projectDir, STATIC_DIRECTORY), contentDir],
    markdownConfig: { ...markdownConfig, hooks: { onBrokenMarkdownLinks: record('link'), onBrokenMarkdownImages: record('image') } },
    resolveMarkdownLink: ({ linkPathname }: { linkPathname: string }) => {
      sink()({ kind: 'link', url: linkPathname });
      return '/';
    },
  };
}

/** SITE_MARKDOWN with Docusaurus' defaults filled in by its own config validation. */
function normalizedMarkdownConfig(): SiteMdxOptions['markdownConfig'] {
  const { validateConfig } = require('@docusaurus/core/lib/server/configValidation.js') as {
    validateConfig: (config: unknown, path: string) => { markdown: SiteMdxOptions['markdownConfig'] };
  };
  const minimal = { title: 'page check', url: 'https://example.invalid', baseUrl: '/', markdown: SITE_MARKDOWN };
  return validateConfig(minimal, join('docusaurus.config.ts')).markdown;
}
