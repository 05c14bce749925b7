/**
 * The site's JSON files for programs (docs/contributor-docs/json-api.md): where they are published, below the
 * site's root, and the schemas they name. Field names are an interface: schema/api/published-fields.json lists them.
 */

/** Format version of both files; raised only when a published field changes meaning or goes away. */
export const API_VERSION = 1;

/** Folder of the site (and of the content tree, which the build serves as is) that holds the files. */
export const API_FOLDER = 'api';

/** Where the schemas are kept in the project (`<name>.schema.json`), published beside the data. */
export const API_SCHEMA_FOLDER = 'schema/api';

/** The address the schemas are published at (their `$id`, and `$schema` of the data). */
const SITE_URL = 'https://docs.scs.community';

export type ApiName = 'standards' | 'sources';

export const API_NAMES: readonly ApiName[] = ['standards', 'sources'];

/** `api/standards.json`: relative to the content root or the build folder. */
export function apiDataFile(name: ApiName): string {
  return `${API_FOLDER}/${name}.json`;
}

export function apiSchemaFile(name: ApiName): string {
  return `${API_FOLDER}/${name}.schema.json`;
}

export function apiSchemaUrl(name: ApiName): string {
  return `${SITE_URL}/${apiSchemaFile(name)}`;
}
