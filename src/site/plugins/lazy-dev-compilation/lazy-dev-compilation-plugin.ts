import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginModule } from '@docusaurus/types';

/** A connect-style middleware, as the dev server runs them. */
type Middleware = (req: unknown, res: unknown, next?: () => void) => unknown;
interface DevServerMiddleware {
  name?: string;
  middleware: Middleware;
}

/** Resolved from this module's URL: the config is loaded as CommonJS, where `import.meta.dirname` is not there. */
const DROP_WEAK_REFERENCES_LOADER = fileURLToPath(new URL('drop-weak-references-loader.mjs', import.meta.url));

/**
 * `docusaurus start` with Rspack's lazy compilation: the dev server compiles the theme and the site's code at
 * start, and a page's own chunk (its Markdown compiled by the MDX loader) only when a browser first asks for it.
 * A preview shows one page at a time, so compiling every page of the site before the first one is shown was most
 * of its start. Builds are never lazy.
 *
 * Rspack serves the compile requests through a middleware bound to the compiler (`lazyCompilationMiddleware`); it is
 * made while the compiler is created (a bundler plugin) and added to the dev server's middlewares. The route
 * registry's weak references would still have every page built at start; its loader drops them.
 */
export function createLazyDevCompilationPlugin(): PluginModule {
  return (context): Plugin => ({
    name: 'scs-lazy-dev-compilation',
    configureWebpack(config, isServer, utils) {
      if (isServer || config.mode !== 'development' || utils.currentBundler.name !== 'rspack') return {};
      const rspack = utils.currentBundler.instance as unknown as { lazyCompilationMiddleware(compiler: unknown): Middleware };
      let lazyCompilation: Middleware | undefined;
      return {
        lazyCompilation: { imports: true, entries: false },
        module: { rules: [{ test: join(context.generatedFilesDir, 'registry.js'), use: [{ loader: DROP_WEAK_REFERENCES_LOADER }] }] },
        plugins: [{ apply: (compiler: unknown) => (lazyCompilation = rspack.lazyCompilationMiddleware(compiler)) }],
        devServer: {
          // Docusaurus merges this config with webpack-merge, which calls its own setupMiddlewares and this one with
          // the same list and concatenates what they return: put the middleware first in that list, return nothing
          setupMiddlewares: (middlewares: (Middleware | DevServerMiddleware)[]) => {
            if (lazyCompilation) middlewares.unshift({ name: 'rspack-lazy-compilation', middleware: lazyCompilation });
            return [];
          },
        },
      } as never;
    },
  });
}
