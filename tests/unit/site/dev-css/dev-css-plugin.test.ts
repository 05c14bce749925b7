import type { LoadContext, Plugin } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { createDevCssPlugin } from '../../../../src/site/plugins/dev-css/dev-css-plugin.js';

/** PostCSS options as Docusaurus hands them to plugins: its preset, and a plugin object another plugin added (cascade layers). */
function postCssOptions() {
  const wrapInLayer = { postcssPlugin: 'postcss-wrap-in-layer' };
  return { wrapInLayer, options: { ident: 'postcss', plugins: [['/project/node_modules/postcss-preset-env/dist/index.cjs', {}], wrapInLayer] as unknown[] } };
}

async function pluginFor(mode: string): Promise<Plugin> {
  return createDevCssPlugin(mode)({} as LoadContext, {}) as Plugin;
}

describe('the dev server CSS', () => {
  it('goes without postcss-preset-env in the dev server, keeping the other PostCSS plugins', async () => {
    const { wrapInLayer, options } = postCssOptions();
    const configured = (await pluginFor('development')).configurePostCss!(options as never) as typeof options;
    expect(configured.plugins).toEqual([wrapInLayer]);
    expect(configured.ident).toBe('postcss');
  });

  it('keeps the preset in builds', async () => {
    expect((await pluginFor('production')).configurePostCss).toBeUndefined();
  });
});
