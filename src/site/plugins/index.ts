import type { PluginConfig } from '@docusaurus/types';

/** The site's own Docusaurus plugins (pages built from the sync's output). */
export const SITE_PLUGINS: PluginConfig[] = [];
