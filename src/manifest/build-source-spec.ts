import { posix } from 'node:path';
import { normalizeRelativePath } from './check-manifest-paths.js';
import { MANIFEST_DEFAULTS } from './defaults.js';
import { expandRepoShorthand } from './repo-url.js';
import type { ToolchainName } from '../toolchains/types.js';
import type { TranslationConvention } from './translations.js';
import type { ManifestPosition, SourceSpec } from './types.js';

/** A source entry that passed the schema and the semantic checks (still without defaults). */
export interface RawSourceEntry {
  id: string;
  repo?: string;
  path?: string;
  ref?: string;
  include: string[];
  exclude?: string[];
  base?: string;
  target: string;
  label?: string;
  position?: number;
  trusted?: boolean;
  format?: ToolchainName;
  config?: string;
  translations?: TranslationConvention[];
}

function normalizeGlob(glob: string): string {
  const negated = glob.startsWith('!');
  const body = normalizeRelativePath(negated ? glob.slice(1) : glob);
  return negated ? `!${body}` : body;
}

function normalizeBase(base: string): string {
  const value = normalizeRelativePath(base);
  return value === '.' ? '' : value;
}

/** Applies `MANIFEST_DEFAULTS`, expands `OWNER/NAME` and normalises paths (`./docs/` → `docs`). */
export function buildSourceSpec(entry: RawSourceEntry, location: ManifestPosition): SourceSpec {
  return {
    id: entry.id,
    ...(entry.repo !== undefined ? { repo: expandRepoShorthand(entry.repo) } : {}),
    ...(entry.path !== undefined ? { path: posix.normalize(normalizeRelativePath(entry.path)) } : {}),
    ...(entry.ref !== undefined ? { ref: entry.ref } : {}),
    include: entry.include.map(normalizeGlob),
    exclude: (entry.exclude ?? MANIFEST_DEFAULTS.exclude).map(normalizeGlob),
    base: normalizeBase(entry.base ?? MANIFEST_DEFAULTS.base),
    target: normalizeRelativePath(entry.target),
    ...(entry.label !== undefined ? { label: entry.label } : {}),
    ...(entry.position !== undefined ? { position: entry.position } : {}),
    trusted: entry.trusted ?? MANIFEST_DEFAULTS.trusted,
    ...(entry.format !== undefined ? { format: entry.format } : {}),
    ...(entry.config !== undefined ? { config: normalizeRelativePath(entry.config) } : {}),
    ...(entry.translations !== undefined ? { translations: entry.translations } : {}),
    location,
  };
}
