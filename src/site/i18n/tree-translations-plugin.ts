import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { TREE_I18N_FOLDER } from './tree-i18n-folder.js';

/**
 * The synced tree is one of the site's static folders (its images and files are served where the pages link
 * them), and so would be its translations folder: the German pages' sources and the translation files are the
 * build's input, not pages of the site, so each locale's build leaves them out.
 */
export function treeTranslationsPlugin(): Plugin {
  return {
    name: 'scs-tree-translations',
    postBuild: async ({ outDir }) => {
      await rm(join(outDir, TREE_I18N_FOLDER), { recursive: true, force: true });
    },
  };
}
