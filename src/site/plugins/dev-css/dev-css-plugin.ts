import type { Plugin, PluginModule } from '@docusaurus/types';

/** What Docusaurus hands to `configurePostCss`: PostCSS plugins as `[module path, options]` or plugin objects. */
interface PostCssOptions {
  plugins: unknown[];
}

/** The PostCSS preset Docusaurus adds to every stylesheet for the browsers in `browserslist`. */
const PRESET_ENV = /[\\/]postcss-preset-env[\\/]/;

/**
 * `docusaurus start` without postcss-preset-env: the preset lowers and prefixes the site's CSS for the oldest
 * browsers in `browserslist` and was about a third of a cold dev server's compile (infima, the theme's CSS
 * modules). A preview is looked at in a current browser, and the site's CSS uses nothing the preset would have
 * to make work (no custom media or selectors). Builds keep it; the other PostCSS plugins (cascade layers) stay.
 */
export function createDevCssPlugin(mode: string | undefined): PluginModule {
  return (): Plugin => ({
    name: 'scs-dev-css',
    ...(mode === 'development' && {
      configurePostCss(options: PostCssOptions) {
        return { ...options, plugins: options.plugins.filter((plugin) => !(Array.isArray(plugin) && typeof plugin[0] === 'string' && PRESET_ENV.test(plugin[0]))) };
      },
    }),
  });
}
