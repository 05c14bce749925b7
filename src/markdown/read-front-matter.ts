import matter from 'gray-matter';

export type FrontMatterData = Record<string, unknown>;

/** Front matter as Docusaurus reads it (gray-matter with js-yaml), or why it cannot be read. */
export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; data: FrontMatterData }
  | { kind: 'invalid'; reason: string; line?: number; column?: number };

interface YamlException {
  reason?: unknown;
  mark?: { line?: unknown; column?: unknown };
}

/** Reads the leading `---` block. Line/column of a YAML error are 1-based positions in the whole document. */
export function readFrontMatter(text: string): FrontMatterResult {
  if (!/^---[ \t]*\r?\n/.test(text)) return { kind: 'none' };
  let data: unknown;
  try {
    // Passing options turns off gray-matter's content cache, which would hand out shared (and, after a
    // failed parse, empty) objects.
    data = matter(text, {}).data;
  } catch (error) {
    return describeYamlError(error);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { kind: 'invalid', reason: 'front matter must be a mapping of keys to values', line: 2, column: 1 };
  }
  return { kind: 'ok', data: data as FrontMatterData };
}

function describeYamlError(error: unknown): FrontMatterResult {
  const exception = (typeof error === 'object' && error !== null ? error : {}) as YamlException;
  const reason = typeof exception.reason === 'string' ? exception.reason : String(error);
  const line = typeof exception.mark?.line === 'number' ? exception.mark.line + 1 : undefined;
  const column = typeof exception.mark?.column === 'number' ? exception.mark.column + 1 : undefined;
  return { kind: 'invalid', reason, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
}
