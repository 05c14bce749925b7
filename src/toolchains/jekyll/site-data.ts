import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ToolchainProblem } from '../types.js';

const DATA_FILE = /\.(ya?ml|json|csv|tsv)$/i;

/** `site.data`, and each data file's value by its path. */
export interface SiteData {
  data: Record<string, unknown>;
  files: Map<string, unknown>;
}

/**
 * `site.data` as Jekyll builds it from the data folder: one key per file (name without extension), folders
 * nested, YAML, JSON and CSV/TSV (rows as objects keyed by the header). Unreadable files are problems.
 */
export function readSiteData(dataDir: string, texts: ReadonlyMap<string, string>, problems: ToolchainProblem[]): SiteData {
  const data: Record<string, unknown> = {};
  const files = new Map<string, unknown>();
  for (const [path, text] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.startsWith(`${dataDir}/`) || !DATA_FILE.test(path)) continue;
    const keys = path.slice(dataDir.length + 1).replace(DATA_FILE, '').split('/');
    try {
      const value = parseDataFile(path, text);
      files.set(path, value);
      setNested(data, keys, value);
    } catch (error) {
      problems.push({ severity: 'warning', code: 'toolchain/unreadable-data', message: `data file cannot be read: ${firstLine(error)}`, file: path });
    }
  }
  return { data, files };
}

export function isDataFile(path: string): boolean {
  return DATA_FILE.test(path);
}

function parseDataFile(path: string, text: string): unknown {
  const extension = posix.extname(path).toLowerCase();
  if (extension === '.json') return JSON.parse(text);
  if (extension === '.csv' || extension === '.tsv') return parseTable(text, extension === '.tsv' ? '\t' : ',');
  return parseYaml(text, { maxAliasCount: 100 });
}

/** CSV/TSV with a header row and double-quoted fields (RFC 4180), as rows keyed by the header. */
function parseTable(text: string, separator: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) rows.at(-1)!.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
    } else field += char;
  }
  rows.at(-1)!.push(field);
  const [header = [], ...body] = rows.filter((row) => row.some((cell) => cell !== ''));
  return body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

function setNested(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (next !== null && typeof next === 'object' && !Array.isArray(next) ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
