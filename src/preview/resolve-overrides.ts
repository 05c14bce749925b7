import { resolve } from 'node:path';
import { parseIdPairs } from '../cli/parse-sync-args.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';
import type { LocalConfig } from './read-local-config.js';

/** A working tree chosen for a source, and where the choice came from (for messages). */
export interface LocalOverride {
  /** Absolute folder. */
  path: string;
  /** The path as the user wrote it. */
  given: string;
  /** `--local`, `SCS_LOCAL` or the config file's name. */
  origin: string;
}

export interface Overrides {
  locals: Record<string, LocalOverride>;
  refs: Record<string, string>;
}

/** One layer of settings: pairs as written, and the folder relative paths start from. */
export interface OverrideLayer {
  origin: string;
  baseDir: string;
  local: Record<string, string>;
  ref: Record<string, string>;
}

/** Layers from lowest to highest precedence: the config file, the environment, the command line. */
export function collectLayers(input: {
  config?: { file: string; name: string; data: LocalConfig };
  env: NodeJS.ProcessEnv;
  userDir: string;
  args: { locals: Record<string, string>; refs: Record<string, string> };
}): OverrideLayer[] {
  const layers: OverrideLayer[] = [];
  const { config, env, userDir, args } = input;
  if (config) layers.push({ origin: config.name, baseDir: resolve(config.file, '..'), ...config.data });
  const envList = (name: string) => (env[name] ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  layers.push({ origin: 'SCS_LOCAL/SCS_REF', baseDir: userDir, local: parseIdPairs('SCS_LOCAL', 'PATH', envList('SCS_LOCAL')), ref: parseIdPairs('SCS_REF', 'REF', envList('SCS_REF')) });
  layers.push({ origin: 'the command line', baseDir: userDir, local: args.locals, ref: args.refs });
  return layers;
}

/**
 * Merges the layers: a later layer's `local` or `ref` for a source replaces whatever an earlier one chose for it.
 * One layer naming a source under both is a usage error (a working tree has no ref to pick).
 */
export function mergeOverrides(layers: readonly OverrideLayer[]): Overrides {
  const result: Overrides = { locals: {}, refs: {} };
  const problems: Diagnostic[] = [];
  for (const layer of layers) {
    for (const [id, given] of Object.entries(layer.local)) {
      if (id in layer.ref) problems.push(conflict(id, layer.origin));
      delete result.refs[id];
      result.locals[id] = { path: resolve(layer.baseDir, given), given, origin: layer.origin };
    }
    for (const [id, ref] of Object.entries(layer.ref)) {
      if (id in layer.local) continue;
      delete result.locals[id];
      result.refs[id] = ref;
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return result;
}

function conflict(id: string, origin: string): Diagnostic {
  return {
    severity: 'error',
    code: 'usage/local-and-ref',
    message: `${origin} gives source "${id}" both a local working tree and a ref`,
    hint: 'a working tree has no ref to pick: keep one of the two',
  };
}
