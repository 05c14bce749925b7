import { posix } from 'node:path';
import { parse } from 'yaml';

/** Docusaurus' sidebar metadata of a folder, as upstreams written for Docusaurus keep it. */
const CATEGORY_FILE = /^_category_\.(json|ya?ml)$/;
/** The keys that describe the folder itself. */
const KEPT_KEYS = ['label', 'position', 'collapsed', 'collapsible', 'className', 'description'] as const;
/**
 * What a generated index page may keep: its `slug` is a URL of the upstream's own site and a `doc` link names a doc
 * id there, neither of which the site has.
 */
const KEPT_INDEX_KEYS = ['title', 'description'] as const;

export function isCategoryFile(path: string): boolean {
  return CATEGORY_FILE.test(posix.basename(path));
}

export type SanitizedCategory = { kind: 'kept'; content: Buffer; dropped: string[] } | { kind: 'invalid'; reason: string };

/**
 * An upstream `_category_.json/yml` as the site can use it: a JSON mapping of the keys that describe the folder
 * with values of the types Docusaurus accepts (a wrong one would stop the site build), without `link` and other keys.
 */
export function sanitizeCategoryFile(content: Buffer): SanitizedCategory {
  let data: unknown;
  try {
    data = parse(content.toString('utf8'));
  } catch (error) {
    return { kind: 'invalid', reason: `it is not valid JSON or YAML (${(error as Error).message.split('\n')[0]})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'invalid', reason: 'it is not a mapping of keys to values' };
  const record = data as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of KEPT_KEYS) if (key in record && hasExpectedType(key, record[key])) kept[key] = record[key];
  const dropped = Object.keys(record).filter((key) => !(key in kept) && key !== 'link');
  if ('link' in record) {
    const index = generatedIndex(record.link);
    if (index) {
      kept.link = index.link;
      dropped.push(...index.dropped.map((key) => `link.${key}`));
    } else dropped.push('link');
  }
  return { kind: 'kept', content: Buffer.from(`${JSON.stringify(kept, null, 2)}\n`), dropped };
}

/** A `generated-index` link, as far as it describes the index page itself. */
function generatedIndex(link: unknown): { link: Record<string, unknown>; dropped: string[] } | undefined {
  if (typeof link !== 'object' || link === null || (link as { type?: unknown }).type !== 'generated-index') return undefined;
  const record = link as Record<string, unknown>;
  const kept: Record<string, unknown> = { type: 'generated-index' };
  for (const key of KEPT_INDEX_KEYS) if (typeof record[key] === 'string') kept[key] = record[key];
  return { link: kept, dropped: Object.keys(record).filter((key) => !(key in kept)) };
}

function hasExpectedType(key: (typeof KEPT_KEYS)[number], value: unknown): boolean {
  if (key === 'position') return typeof value === 'number' && Number.isFinite(value);
  if (key === 'collapsed' || key === 'collapsible') return typeof value === 'boolean';
  return typeof value === 'string';
}
