import { closest } from 'fastest-levenshtein';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';

/** The preview settings of one developer's machine (repos.local.yaml, never committed). */
export interface LocalConfig {
  /** Source id → working tree, relative to the config file's folder. */
  local: Record<string, string>;
  /** Source id → ref to preview. */
  ref: Record<string, string>;
}

const KEYS = ['local', 'ref'] as const;

/** Reads the file if it exists (undefined when it does not); a malformed one is a usage error naming the fix. */
export async function readLocalConfig(file: string, name: string): Promise<LocalConfig | undefined> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw configError(name, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseLocalConfig(data, name);
}

/** Checks the parsed YAML: a map with `local` and `ref`, each a map of source id → text. */
export function parseLocalConfig(data: unknown, name: string): LocalConfig {
  if (data === null || data === undefined) return { local: {}, ref: {} };
  if (!isRecord(data)) throw configError(name, 'must be a map with the keys `local` and `ref`');
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) throw configError(name, `has an unknown key \`${key}\` (did you mean \`${closest(key, [...KEYS])}\`?)`);
  }
  return { local: readPairs(data.local, name, 'local', 'a folder'), ref: readPairs(data.ref, name, 'ref', 'a branch, tag or commit') };
}

function readPairs(value: unknown, name: string, key: string, what: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw configError(name, `\`${key}\` must map source ids to ${what}, e.g. \`${key}: {standards: ${key === 'local' ? '../standards' : 'my-branch'}}\``);
  const pairs: Record<string, string> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (typeof entry !== 'string' || entry.trim() === '') throw configError(name, `\`${key}.${id}\` must be ${what}, got ${JSON.stringify(entry)}`);
    pairs[id] = entry.trim();
  }
  return pairs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function configError(name: string, problem: string): UserError {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'preview/invalid-local-config',
    message: `${name} ${problem}`,
    file: name,
    hint: 'example:\n    local:\n      standards: ../standards\n    ref:\n      k8s-harbor: refs/pull/12/head',
  };
  return new UserError([diagnostic]);
}
