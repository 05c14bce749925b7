import { Ajv } from 'ajv';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';
import { buildSourceSpec, type RawSourceEntry } from './build-source-spec.js';
import { checkSourceEntries } from './check-source-entries.js';
import { convertSchemaErrors } from './convert-schema-errors.js';
import type { ManifestContext } from './manifest-diagnostic.js';
import { MANIFEST_SCHEMA } from './manifest-schema.js';
import type { Manifest } from './types.js';
import { createPositionFinder } from './yaml-positions.js';

const validateSchema = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(MANIFEST_SCHEMA);

const YAML_HINTS: Record<string, string> = {
  MULTIPLE_DOCS: 'repos.yaml holds one document: remove the extra "---" line.',
  DUPLICATE_KEY: 'Each key may appear once per mapping: remove or rename the repeated key.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
};

function convertYamlErrors(errors: readonly YAMLError[], file: string, lineCounter: LineCounter): Diagnostic[] {
  return errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return {
      severity: 'error',
      code: 'manifest/invalid-yaml',
      message: `The manifest is not valid YAML: ${error.message.split('\n')[0]}.`,
      file,
      line,
      column: col,
      hint: YAML_HINTS[error.code] ?? 'Fix the YAML syntax here: check indentation, "- " before list items, ": " after keys and closing quotes or brackets.',
    };
  });
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Parses and validates repos.yaml text. Pure: `file` only names the manifest in messages.
 * Throws a `UserError` (exit code 2) carrying every problem found, each with line:column and a fix.
 */
export function parseManifest(text: string, file: string): Manifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) throw new UserError(convertYamlErrors(doc.errors, file, lineCounter));

  const data: unknown = doc.toJS();
  const context: ManifestContext = { file, data, positions: createPositionFinder(doc, lineCounter) };
  const schemaErrors = validateSchema(data) ? [] : convertSchemaErrors(validateSchema.errors ?? [], context);
  const diagnostics = [...schemaErrors, ...checkSourceEntries(context)].sort(byPosition);
  if (diagnostics.length > 0) throw new UserError(diagnostics);

  const entries = (data as { sources: RawSourceEntry[] }).sources;
  const sources = entries.map((entry, index) => buildSourceSpec(entry, context.positions.valueAt(['sources', index])));
  return { file, sources };
}
