/** The JSON files' schemas (schema/api), their published field paths, and validation with ajv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import type { ApiName } from '../../src/site/api/api-files.js';

const project = join(import.meta.dirname, '..', '..');

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
}

export function readApiSchema(name: ApiName): SchemaNode {
  return JSON.parse(readFileSync(join(project, 'schema', 'api', `${name}.schema.json`), 'utf8')) as SchemaNode;
}

/** schema/api/published-fields.json: the field paths each file promises (`standards[].versions[].state`). */
export function readPublishedFields(): Record<ApiName, string[]> {
  return JSON.parse(readFileSync(join(project, 'schema', 'api', 'published-fields.json'), 'utf8')) as Record<ApiName, string[]>;
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<ApiName, ReturnType<Ajv['compile']>>();

/** The schema's complaints about `data` as `path: message` lines; empty when it is valid. */
export function validateApiData(name: ApiName, data: unknown): string[] {
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.compile(readApiSchema(name));
    validators.set(name, validate);
  }
  return validate(data) ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}

/** Every field path a schema declares: object keys joined by `.`, array items as `[]`. */
export function listSchemaFieldPaths(schema: SchemaNode): string[] {
  const paths = new Set<string>();
  const resolve = (node: SchemaNode): SchemaNode => (node.$ref ? resolve(schema.definitions![node.$ref.replace('#/definitions/', '')]!) : node);
  const visit = (node: SchemaNode, prefix: string): void => {
    const resolved = resolve(node);
    for (const [key, property] of Object.entries(resolved.properties ?? {})) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      paths.add(path);
      visit(property, path);
    }
    if (resolved.items) visit(resolved.items, `${prefix}[]`);
    for (const option of resolved.oneOf ?? []) visit(option, prefix);
  };
  visit(schema, '');
  return [...paths].sort();
}

/** Every field path that occurs in `data`, named as listSchemaFieldPaths names them. */
export function listDataFieldPaths(data: unknown): string[] {
  const paths = new Set<string>();
  const visit = (value: unknown, prefix: string): void => {
    if (Array.isArray(value)) for (const item of value) visit(item, `${prefix}[]`);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, property] of Object.entries(value)) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        paths.add(path);
        visit(property, path);
      }
    }
  };
  visit(data, '');
  return [...paths].sort();
}

/** Object schemas that let a field be left out or an unlisted one in (so a change would go unnoticed). */
export function listLooseObjects(schema: SchemaNode): string[] {
  const nodes = [schema, ...Object.values(schema.definitions ?? {})];
  return nodes
    .filter((node) => node.properties !== undefined)
    .filter((node) => node.additionalProperties !== false || [...(node.required ?? [])].sort().join() !== Object.keys(node.properties!).sort().join())
    .map((node) => Object.keys(node.properties!).join(','));
}
