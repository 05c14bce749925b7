import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { computeCodeVersion } from '../../derived-cache/code-version.js';
import { SECTIONS } from '../../manifest/sections.js';
import { collectTwinPages, type CollectedPages } from './collect-twin-pages.js';
import { formatLlmsFull, formatLlmsTxt, type LlmsSection } from './format-llms-txt.js';
import type { LoadedDocsContent } from './order-section-docs.js';
import { prepareTwins, type PreparedTwins } from './prepare-twins.js';
import { cacheKey, loadTwinCache } from './twin-cache.js';
import { toTwinPath } from './twin-path.js';
import type { TwinSite } from './twin-types.js';
import { removeCopiedSources, writeTwins } from './write-twins.js';

export interface MarkdownTwinsPluginOptions {
  /** Where twins are kept between builds (relative to the site folder); undefined keeps none. */
  cacheDir: string | undefined;
  /** Where the plugin says what it did. */
  log: (line: string) => void;
}

interface Prepared {
  collected: CollectedPages;
  site: TwinSite;
  twins: Promise<PreparedTwins>;
}

/**
 * The site as data: a Markdown twin of every doc page at its URL plus `.md`, `llms.txt` (llmstxt.org) and
 * `llms-full.txt`, made from the docs plugins' loaded content and the synced markdown, not from the HTML.
 * Converting starts as soon as every plugin has loaded its content, beside the bundler, and twins are cached
 * by content, so a build where little changed converts little. Only `docusaurus build` writes them.
 */
export function createMarkdownTwinsPlugin(options: MarkdownTwinsPluginOptions): PluginModule {
  return (context): Plugin => {
    let prepared: Prepared | undefined;
    return {
      name: 'scs-markdown-twins',
      allContentLoaded: ({ allContent }) => {
        if (process.env.NODE_ENV !== 'production') return; // the dev server writes no files: nothing to prepare
        const docsContent = (allContent['docusaurus-plugin-content-docs'] ?? {}) as Record<string, LoadedDocsContent | undefined>;
        prepared = prepare(context, docsContent, options.cacheDir);
      },
      postBuild: async ({ outDir }) => {
        if (!prepared) return;
        const started = performance.now();
        const { collected, site } = prepared;
        const { twins, converted, convertMs, failures } = await prepared.twins;
        for (const failure of failures) options.log(`markdown twins: no twin for ${failure}`);
        await removeCopiedSources(collected.contentDir, outDir);
        await writeTwins(twins, outDir, context.baseUrl);
        const sections = toLlmsSections(collected, twins, site);
        const llmsSite = { title: context.siteConfig.title, summary: context.siteConfig.tagline };
        const llmsTxt = formatLlmsTxt(llmsSite, sections);
        const llmsFull = formatLlmsFull(llmsSite, sections);
        await Promise.all([writeFile(join(outDir, 'llms.txt'), llmsTxt), writeFile(join(outDir, 'llms-full.txt'), llmsFull)]);
        options.log(
          `markdown twins: ${twins.length} pages (${converted} converted in ${seconds(convertMs)}, ${twins.length - converted} from the cache), ` +
            `llms.txt ${kilobytes(llmsTxt)}, llms-full.txt ${kilobytes(llmsFull)}; ${seconds(performance.now() - started)} after the bundler`,
        );
      },
    };
  };
}

function prepare(context: LoadContext, docsContent: Record<string, LoadedDocsContent | undefined>, cacheDir: string | undefined): Prepared {
  const collected = collectTwinPages(docsContent, context.siteDir, SECTIONS);
  const site: TwinSite = {
    url: context.siteConfig.url.replace(/\/+$/, ''),
    contentDir: collected.contentDir,
    findPermalink: (file) => collected.permalinks.get(file),
  };
  // the code and the site's address: a change to either can change every twin (routes are checked per twin)
  const buildKey = cacheKey([computeCodeVersion(join(context.siteDir, 'src'), join(context.siteDir, 'package-lock.json')), site.url]);
  const twins = loadTwinCache(cacheDir && join(context.siteDir, cacheDir)).then(async (cache) => {
    const result = await prepareTwins(collected.sections.flatMap((section) => section.pages), site, cache, buildKey);
    await cache.save();
    return result;
  });
  return { collected, site, twins };
}

function toLlmsSections(collected: CollectedPages, twins: PreparedTwins['twins'], site: TwinSite): LlmsSection[] {
  const bodies = new Map(twins.map(({ page, twin }) => [page.permalink, twin.body]));
  return collected.sections.map((section) => ({
    label: section.label,
    pages: section.pages.flatMap((page) => {
      const body = bodies.get(page.permalink);
      if (body === undefined) return [];
      const twinPath = toTwinPath(page.permalink);
      return [{ title: page.title, description: page.description, body, pageUrl: `${site.url}${page.permalink}`, twinUrl: `${site.url}${twinPath}` }];
    }),
  }));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
}
