/**
 * The one place the defaults of repos.yaml live: every optional key of a source entry that has a
 * default. `ref`, `label` and `position` have none (remote default branch, folder name, alphabetical).
 */
export const MANIFEST_DEFAULTS = {
  exclude: [] as readonly string[],
  base: '',
  trusted: false,
} as const;

/** The manifest file the sync reads when none is given. */
export const DEFAULT_MANIFEST_FILE = 'repos.yaml';

/** Relative location of the JSON Schema, as written in the editor modeline of repos.yaml. */
export const SCHEMA_MODELINE = '# yaml-language-server: $schema=./schema/repos.schema.json';
