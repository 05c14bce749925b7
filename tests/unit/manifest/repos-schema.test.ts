import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_DEFAULTS, MANIFEST_SCHEMA, SECTIONS } from '../../../src/manifest/index.js';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode | { $ref: string };
}

const schemaFile = JSON.parse(readFileSync(join(import.meta.dirname, '../../../schema/repos.schema.json'), 'utf8')) as SchemaNode & {
  definitions: { source: SchemaNode };
};

describe('schema/repos.schema.json', () => {
  it('is the schema the manifest is validated against', () => {
    expect(MANIFEST_SCHEMA).toEqual(schemaFile);
  });

  it('describes every key and refuses unknown ones, so editors can complete and flag them', () => {
    for (const node of [schemaFile, schemaFile.definitions.source]) {
      expect(node.additionalProperties).toBe(false);
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        expect(property.description, key).toMatch(/\w{3,}/);
      }
    }
  });

  it('documents every default and every section', () => {
    const source = schemaFile.definitions.source.properties!;
    expect(source.base?.description).toContain("Default: ''");
    expect(source.exclude?.description).toContain('Default: []');
    expect(source.trusted?.description).toContain(`Default: ${MANIFEST_DEFAULTS.trusted}`);
    for (const section of SECTIONS) expect(source.target?.description).toContain(section.id);
  });
});
