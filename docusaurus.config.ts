import path from 'node:path';
import type { Config, LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import type { Options as RedirectsOptions } from '@docusaurus/plugin-client-redirects';
import { themes as prismThemes } from 'prism-react-renderer';
import { CONTENT_DIR, DEFAULT_LOCALE, LOCALES, SECTIONS, type Section } from './src/manifest/sections.js';
import { redirectsTo } from './src/site/redirects.js';
import { SITE_PLUGINS } from './src/site/plugins/index.js';
import { SITE_MARKDOWN, SITE_REMARK_PLUGINS, STATIC_DIRECTORY } from './src/site/markdown-config.js';
import { upstreamNavGenerator } from './src/site/sidebars/upstream-nav-generator.js';
import { withReadableTokens } from './src/site/readable-code-theme.js';
import { createAlgoliaThemeConfig, readAlgoliaSearchConfig } from './src/site/search/search-config.js';
import { focusDocsOptions } from './src/site/preview-focus/focus-docs-options.js';
import { readPreviewFocus, type PreviewFocus } from './src/site/preview-focus/preview-focus.js';
import { receivePreviewSettings } from './src/site/preview-settings/preview-settings.js';
import { createDocsPlugin } from './src/site/preview-reload/docs-plugin.js';
import { DOCS_RELOAD_ENV } from './src/site/preview-reload/docs-reload-signal.js';
import { docsPluginIdOfSection } from './src/manifest/section-list.js';

/** Where the sync wrote the tree; tests build from a tree of their own. */
const contentDir = process.env.SCS_CONTENT_DIR ?? CONTENT_DIR;
/**
 * Translations and German pages: the sync writes them into the tree (`<contentDir>/i18n/de/…`, see
 * localizedSectionDir); `npm run write-translations` points this at the project's `i18n/` folder instead.
 */
const i18nDir = process.env.SCS_I18N_DIR ?? path.join(contentDir, 'i18n');

/** The published site: a focused preview (`npm start -- --local ID=PATH`) links the pages it does not build there. */
const SITE_URL = 'https://docs.scs.community';

/** This project's repository: the site's own pages link their edit button here (via front matter). */
const PROJECT_REPO = 'https://github.com/SovereignCloudStack/docs';
/** Algolia DocSearch replaces the local search when its settings are set at build time (README: Search). */
const algoliaSearch = readAlgoliaSearchConfig(process.env);
/** Navbar order (left to right); the last one sits on the right. */
const NAVBAR_ORDER = ['standards', 'docs', 'user-docs', 'contributor-docs', 'community'];

function findSectionById(id: string): Section {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`docusaurus.config.ts: unknown section "${id}" (see src/manifest/sections.ts)`);
  return section;
}

/** Options shared by every docs instance: the sync owns the tree, front matter owns edit links and dates. */
function createDocsOptions(section: Section, previewFocus: PreviewFocus | undefined): DocsOptions {
  return {
    path: path.join(contentDir, section.id),
    routeBasePath: section.routeBasePath,
    sidebarPath: section.id === 'standards' ? './src/site/standards/sidebars.ts' : './sidebars.ts',
    // upstream navigation (mkdocs nav, mdbook SUMMARY.md, …) orders and labels the sources that have one
    sidebarItemsGenerator: upstreamNavGenerator(path.join(contentDir, section.id), section.id),
    // the sync writes `_upstream/` folders for referenced files outside an entry's base: keep them
    exclude: [],
    remarkPlugins: SITE_REMARK_PLUGINS,
    showLastUpdateTime: true,
    showLastUpdateAuthor: true,
    ...focusDocsOptions(previewFocus, section.id, contentDir, SITE_URL),
  };
}

/**
 * One docs instance per section (the classic preset's own is switched off, so that every section's is alike).
 * `npm start` decides the focus and the reload signals after its sync (see receivePreviewSettings).
 */
function createDocsPlugins(env: NodeJS.ProcessEnv): [PluginModule<unknown>, DocsOptions][] {
  const docsPlugin = createDocsPlugin(env[DOCS_RELOAD_ENV]);
  const previewFocus = readPreviewFocus(env);
  return SECTIONS.map((section) => [docsPlugin, { id: docsPluginIdOfSection(section.id), ...createDocsOptions(section, previewFocus) }]);
}

/**
 * Makes the bundler fit this ESM package (`"type": "module"`):
 * - Docusaurus' generated route registry uses `require.resolveWeak`, which the bundler only rewrites in
 *   modules it does not treat as strict ESM — so parse the generated files as `javascript/auto`;
 * - the server bundle's chunks are CommonJS that Node loads with `require()`: name them `.cjs`, or Node
 *   reads them as ESM because of this package's type;
 * - the site's TypeScript uses NodeNext-style `./module.js` imports of `.ts`/`.tsx` files.
 */
function configureEsmBundling(context: LoadContext): Plugin {
  return {
    name: 'configure-esm-bundling',
    configureWebpack: (_config, isServer) => ({
      ...(isServer && { output: { chunkFilename: '[name].[contenthash:8].cjs' } }),
      module: {
        rules: [
          { test: /\.js$/, include: [context.generatedFilesDir], type: 'javascript/auto' },
          {
            test: /\.tsx?$/,
            include: [path.join(context.siteDir, 'src')],
            resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
          },
        ],
      },
    }),
  };
}

function createNavbarItems() {
  return NAVBAR_ORDER.map((id, index) => ({
    type: 'docSidebar' as const,
    sidebarId: 'sidebar',
    docsPluginId: docsPluginIdOfSection(id),
    label: findSectionById(id).label,
    position: index === NAVBAR_ORDER.length - 1 ? ('right' as const) : ('left' as const),
  }));
}

/** A function: the dev server that `npm start` starts before its sync waits here for the sync's settings. */
export default async function createConfig(): Promise<Config> {
  await receivePreviewSettings(process.env, process);
  return {
    title: 'Sovereign Cloud Stack',
    tagline: 'One platform — standardized, built and operated by many.',
    favicon: 'img/favicon.svg',
    url: SITE_URL,
    baseUrl: '/',
    organizationName: 'SovereignCloudStack',
    projectName: 'docs',

    // Docusaurus Faster (Rspack, SWC, Lightning CSS). `content/` is generated and gitignored, so git knows
    // nothing about it: every page's date and author come from the `last_update` front matter the sync writes.
    future: { v4: true, faster: true, experimental_vcs: 'disabled' },

    // Raw html in upstream docs (`<img src>`) is not bundled: it links the files where the tree serves them.
    // Only in builds: the dev server would reload the whole page on every write into the tree (slow previews).
    staticDirectories: process.env.NODE_ENV === 'production' ? [STATIC_DIRECTORY, contentDir] : [STATIC_DIRECTORY],
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    markdown: SITE_MARKDOWN,
    // English at the unchanged URLs, German under /de/; Docusaurus adds the hreflang alternates of every page
    i18n: {
      defaultLocale: DEFAULT_LOCALE,
      locales: [...LOCALES],
      path: i18nDir,
      localeConfigs: {
        en: { label: 'English', htmlLang: 'en' },
        de: { label: 'Deutsch', htmlLang: 'de-DE', translate: true },
      },
    },

    presets: [
      [
        'classic',
        {
          docs: false, // see createDocsPlugins
          blog: false,
          theme: { customCss: './src/css/custom.css' },
        } satisfies Preset.Options,
      ],
    ],
    themes: ['@docusaurus/theme-mermaid'],
    plugins: [
      ...createDocsPlugins(process.env),
      ['@docusaurus/plugin-client-redirects', { createRedirects: redirectsTo } satisfies RedirectsOptions],
      configureEsmBundling,
      ...SITE_PLUGINS,
    ],

    themeConfig: {
      // og:image and twitter:image of every page (social networks take no SVG)
      image: 'img/social-card.png',
      colorMode: { defaultMode: 'light', disableSwitch: false, respectPrefersColorScheme: true },
      docs: { sidebar: { hideable: true, autoCollapseCategories: false } },
      navbar: {
        title: 'Sovereign Cloud Stack',
        logo: { alt: 'Sovereign Cloud Stack logo', src: 'img/logo.svg', width: 32, height: 32 },
        hideOnScroll: false,
        items: [
          ...createNavbarItems(),
          { type: 'localeDropdown', position: 'right' },
          { href: 'https://github.com/SovereignCloudStack', label: 'GitHub', position: 'right' },
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Documentation',
            items: NAVBAR_ORDER.map((id) => ({ label: findSectionById(id).label, to: `/${findSectionById(id).routeBasePath}` })),
          },
          {
            title: 'Community',
            items: [
              { label: 'Matrix chat', href: 'https://matrix.to/#/#scs-community:matrix.org' },
              { label: 'Community calendar', href: 'https://github.com/SovereignCloudStack/calendar' },
              { label: 'Code of conduct', href: 'https://github.com/SovereignCloudStack/standards/blob/main/CODE-OF-CONDUCT.md' },
            ],
          },
          {
            title: 'More',
            items: [
              { label: 'scs.community', href: 'https://scs.community' },
              { label: 'GitHub organisation', href: 'https://github.com/SovereignCloudStack' },
              { label: 'Aggregated sources', to: '/sources' },
              { label: 'Accessibility', to: '/community/accessibility' },
              { label: 'Source of this site', href: PROJECT_REPO },
            ],
          },
        ],
        copyright: `© Sovereign Cloud Stack contributors. Each page is licensed as its source repository states.`,
      },
      prism: {
        // readable at WCAG AA, on the code background and on highlighted lines (src/css/custom.css)
        theme: withReadableTokens(prismThemes.github, ['rgba(11, 94, 215, 0.1)']),
        darkTheme: withReadableTokens(prismThemes.dracula, ['rgba(127, 178, 255, 0.15)']),
        additionalLanguages: ['bash', 'diff', 'ini', 'toml', 'docker', 'hcl'],
      },
      mermaid: { theme: { light: 'neutral', dark: 'dark' } },
      ...(algoliaSearch && { algolia: createAlgoliaThemeConfig(algoliaSearch) }),
    } satisfies Preset.ThemeConfig,
  };
}
