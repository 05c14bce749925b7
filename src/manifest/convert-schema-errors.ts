import { closest, distance } from 'fastest-levenshtein';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { exampleOf, suggestKey, withExample } from './key-examples.js';
import { createManifestDiagnostic, type ManifestContext, type ProblemAt } from './manifest-diagnostic.js';
import { SOURCE_KEYS, TOP_LEVEL_KEYS } from './manifest-schema.js';
import { slugifyId } from './source-id.js';
import { formatManifestPath, quoteValue } from './value-problem.js';
import type { ManifestPath } from './yaml-positions.js';

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** JSON pointer `/sources/2/ref` → `['sources', 2, 'ref']`. */
export function parseInstancePath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeValue(value: unknown, written: string | undefined): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quoteValue(value)}`;
  return `${typeof value === 'number' ? 'the number' : ''} ${written ?? String(value)}`.trim();
}

function nameOf(path: ManifestPath): string {
  return path.length === 0 ? 'The manifest' : formatManifestPath(path);
}

/** The key an example should show: `include` for `sources[0].include[2]`. */
function keyOf(path: ManifestPath): string {
  return String([...path].reverse().find((segment) => typeof segment === 'string') ?? '');
}

function typeHint(path: ManifestPath, expected: string, value: unknown, written: string | undefined): string {
  const key = keyOf(path);
  if (path.length === 0) return withExample('Start the file like this:', 'sources');
  if (path.length === 1) return withExample('Write the entries below the key, each starting with "- ":', 'sources');
  if (path.length === 2 && path[0] === 'sources') return `Each entry is a mapping of keys, e.g.\n    - ${exampleOf('id')}\n      ${exampleOf('include')}`;
  if (expected === 'array' && typeof value === 'string') return `Write it as a list: ${key}: [${quoteValue(value)}]`;
  if (expected === 'string' && value !== null && typeof value !== 'object') {
    const quoted = quoteValue(written ?? String(value));
    return `Put it in quotes: ${typeof path.at(-1) === 'number' ? quoted : `${key}: ${quoted}`}`;
  }
  if (expected === 'boolean') return 'Write true or false (YAML 1.2 reads yes/no/on/off as text).';
  return withExample('Write it like this:', key);
}

function describeError(error: ErrorObject, context: ManifestContext): ProblemAt {
  const path = parseInstancePath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      return { path, code: 'manifest/missing-key', message: `${formatManifestPath([...path, key])} is missing.`, hint: withExample('Add it, e.g.', key) };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = path.length === 0 ? TOP_LEVEL_KEYS : SOURCE_KEYS;
      return { path: [...path, key], at: 'key', code: 'manifest/unknown-key', message: `${formatManifestPath([...path, key])} is not a known key.`, hint: suggestKey(key, known) };
    }
    case 'type': {
      const expected = String(params.type);
      if (path.length === 0 && error.data === null) {
        return { path, code: 'manifest/empty', message: 'The manifest is empty.', hint: withExample('Start the file like this:', 'sources') };
      }
      const written = context.positions.sourceTextAt(path);
      const message = `${nameOf(path)} must be ${TYPE_NAMES[expected] ?? expected}, not ${describeValue(error.data, written)}.`;
      return { path, code: 'manifest/wrong-type', message, hint: typeHint(path, expected, error.data, written) };
    }
    case 'minItems':
      return { path, code: 'manifest/empty-list', message: `${nameOf(path)} is an empty list.`, hint: `List at least one glob, e.g. ${exampleOf(keyOf(path))}` };
    case 'minLength':
      return { path, code: 'manifest/empty-value', message: `${nameOf(path)} is empty.`, hint: `Give a value or remove it, e.g. ${exampleOf(keyOf(path))}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const written = String(error.data);
      const best = closest(written.toLowerCase(), allowed);
      const hint = distance(written.toLowerCase(), best) <= 2 ? `Did you mean ${quoteValue(best)}? ` : '';
      return { path, code: 'manifest/invalid-value', message: `${nameOf(path)} ${quoteValue(written)} is not one of ${allowed.join(', ')}.`, hint: `${hint}Write one of: ${allowed.join(', ')}.` };
    }
    case 'pattern': {
      if (path.at(-1) !== 'id') break;
      const id = String(error.data);
      const hint = `Use lowercase letters, digits and "-", starting with a letter or digit, e.g. ${quoteValue(slugifyId(id))}.`;
      return { path, code: 'manifest/invalid-id', message: `${nameOf(path)} ${quoteValue(id)} is not a valid id.`, hint };
    }
  }
  return { path, code: 'manifest/invalid-value', message: `${nameOf(path)} has an invalid value.`, hint: 'Compare it with the descriptions in schema/repos.schema.json.' };
}

/** Turns Ajv's errors into manifest diagnostics with positions, messages and fixes. */
export function convertSchemaErrors(errors: readonly ErrorObject[], context: ManifestContext): Diagnostic[] {
  return errors.map((error) => createManifestDiagnostic(context, describeError(error, context)));
}
