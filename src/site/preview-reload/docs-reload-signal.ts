import { join } from 'node:path';
import { siteLocation } from '../../manifest/translations.js';
import { docsPluginIdOfSection, SECTIONS } from '../../manifest/section-list.js';

/**
 * While the preview follows working trees, the docs plugins do not watch their pages: a saved page reaches the
 * browser through the bundler alone (it rebuilds the page's module), which skips the docs plugin's reload of
 * every page of its section. When a page's metadata may have changed (front matter, a page added or removed) the
 * preview touches the plugin's signal file in this folder, which the plugin watches instead.
 */
export const DOCS_RELOAD_ENV = 'SCS_PREVIEW_RELOAD_DIR';

/** The file whose change makes the docs instance `pluginId` load its pages again. */
export function docsReloadSignalFile(dir: string, pluginId: string): string {
  return join(dir, `${pluginId}.signal`);
}

/** The id of the docs instance that builds a site path (English or translated tree), if any. */
export function docsPluginIdOf(sitePath: string): string | undefined {
  const { section } = siteLocation(sitePath);
  if (!SECTIONS.some((s) => s.id === section)) return undefined;
  return docsPluginIdOfSection(section);
}
