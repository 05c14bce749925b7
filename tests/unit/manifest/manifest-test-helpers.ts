import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { parseManifest } from '../../../src/manifest/index.js';

/** A valid one-entry manifest; `overrides` replace or add keys of the entry (values are raw YAML). */
export function manifestWith(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    id: 'demo',
    repo: 'example-org/demo',
    include: '["docs/**/*.md"]',
    target: 'docs/demo',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${value}`);
  return ['sources:', ...lines, ''].join('\n');
}

/** The formatted problems parseManifest reports for `text`, one per line pair; '' when it is valid. */
export function problemsOf(text: string, file = 'repos.yaml'): string {
  try {
    parseManifest(text, file);
    return '';
  } catch (error) {
    if (!isUserError(error)) throw error;
    return error.diagnostics.map(formatDiagnostic).join('\n');
  }
}

/** Runs `problemsOf` for every value of `key` and lists the results, so one snapshot covers a whole table. */
export function problemsForValues(key: string, values: readonly string[], extra: Record<string, string | undefined> = {}): string {
  return values.map((value) => `${key}: ${value}\n${problemsOf(manifestWith({ ...extra, [key]: value })) || '(accepted)'}`).join('\n\n');
}
