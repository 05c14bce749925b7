import type { Plugin, PluginModule } from '@docusaurus/types';

/**
 * Moves Rspack's persistent cache (Docusaurus Faster keeps it in `node_modules/.cache/rspack`) to `directory`,
 * so a benchmark or test can start the dev server or build with a cache of its own, cold or warm, without
 * touching the project's. Without a directory, or with the persistent cache switched off
 * (`DOCUSAURUS_NO_PERSISTENT_CACHE`), the bundler config is left as it is.
 */
export function createBundlerCachePlugin(directory: string | undefined): PluginModule {
  return (): Plugin => ({
    name: 'scs-bundler-cache',
    configureWebpack(config) {
      const cache = (config.experiments as { cache?: unknown } | undefined)?.cache;
      if (!directory || typeof cache !== 'object' || cache === null) return {};
      return { experiments: { cache: { ...cache, storage: { type: 'filesystem', directory } } } } as never;
    },
  });
}
