import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { SiteGenerator } from '../../pipeline/types.js';

/** Their place in the content tree, which Docusaurus reads as `i18n.path` (see docusaurus.config.ts). */
const TREE_I18N_FOLDER = 'i18n';

/** The project's translations (source of truth, `npm run write-translations` updates them). */
export const PROJECT_I18N_DIR = join(import.meta.dirname, '..', '..', '..', 'i18n');

/**
 * Copies the project's interface translations (`i18n/<locale>/**.json`: theme and component strings, navbar,
 * footer, sidebar labels) into the content tree on every sync, beside the translated pages the sync writes
 * there, so one folder holds everything a locale's build reads.
 */
export function createTranslationsGenerator(i18nDir: string = PROJECT_I18N_DIR): SiteGenerator {
  return {
    name: 'translations',
    inputs: [],
    generate: () => ({
      files: listJsonFiles(i18nDir).map((file) => ({ to: toTreePath(i18nDir, file), content: readFileSync(file) })),
      diagnostics: [],
    }),
    fingerprint: () => {
      const hash = createHash('sha256');
      for (const file of listJsonFiles(i18nDir)) hash.update(toTreePath(i18nDir, file)).update('\0').update(readFileSync(file));
      return hash.digest('base64url');
    },
  };
}

function toTreePath(i18nDir: string, file: string): string {
  return posix.join(TREE_I18N_FOLDER, relative(i18nDir, file).split(sep).join('/'));
}

function listJsonFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return []; // a project without translations
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
