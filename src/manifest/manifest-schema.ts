import schema from '../../schema/repos.schema.json' with { type: 'json' };

/** The JSON Schema shipped in `schema/repos.schema.json` (editors use the same file). */
export const MANIFEST_SCHEMA: object = schema;

/** Keys allowed at the top level of repos.yaml. */
export const TOP_LEVEL_KEYS: readonly string[] = Object.keys(schema.properties);

/** Keys allowed in a source entry, in the order the schema documents them. */
export const SOURCE_KEYS: readonly string[] = Object.keys(schema.definitions.source.properties);
