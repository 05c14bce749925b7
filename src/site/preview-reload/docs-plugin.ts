import { createRequire } from 'node:module';
import type { LoadedContent, PluginOptions } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import { docsReloadSignalFile } from './docs-reload-signal.js';
import recmaHotDocContent from './recma-hot-doc-content.js';

const require = createRequire(import.meta.url);

const docsPlugin = require('@docusaurus/plugin-content-docs') as typeof import('@docusaurus/plugin-content-docs');

/**
 * Docusaurus' docs plugin; with a signal folder (the preview following working trees, see docs-reload-signal.ts)
 * it watches its signal file instead of its pages, and everything else it watched (sidebars, tags, category
 * files) as before, and its pages take hot updates themselves (see recma-hot-doc-content.ts). The plugin itself,
 * its name, options and content are Docusaurus' own.
 */
export function createDocsPlugin(signalDir: string | undefined): PluginModule<unknown> {
  const plugin = async (context: LoadContext, options: PluginOptions): Promise<Plugin<LoadedContent>> => {
    if (!signalDir) return docsPlugin.default(context, options);
    const docs = await docsPlugin.default(context, { ...options, recmaPlugins: [...options.recmaPlugins, recmaHotDocContent] });
    const signal = docsReloadSignalFile(signalDir, options.id);
    return {
      ...docs,
      getPathsToWatch: () => [...(docs.getPathsToWatch?.() ?? []).filter((path) => !isPageGlob(path, options.include)), signal],
    };
  };
  // Docusaurus fills in the options' defaults with the module's validateOptions: a function module carries it itself
  return Object.assign(plugin, { validateOptions: docsPlugin.validateOptions }) as PluginModule<unknown>;
}

/** The plugin watches `<content path>/<include pattern>` for its pages. */
function isPageGlob(path: string, include: readonly string[]): boolean {
  return include.some((pattern) => path.endsWith(`/${pattern}`));
}
