import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { stripCredentials } from '../diagnostics/redact.js';
import type { FetchedSource } from '../fetch/types.js';
import type { Manifest } from '../manifest/types.js';
import type { SyncOptions } from './types.js';

/** Bumped when what a run record holds, or what its key covers, changes. */
export const RUN_RECORD_VERSION = 1;

export interface RunKeyInput {
  /** Fingerprint of the code that shapes the output (syncCodeVersion). */
  codeVersion: string;
  /** The manifest with `--local`, `--ref` and `--only` applied. */
  manifest: Manifest;
  options: Pick<SyncOptions, 'projectDir' | 'contentDir' | 'manifestName' | 'limits' | 'generators'>;
  fetched: readonly FetchedSource[];
  startedAt: Date;
}

/**
 * A key of everything a run's tree, lock and report depend on besides time: the code, the manifest entries as
 * applied, the options that change output, the generators and each source's snapshot (its commit, or for a working
 * tree its fingerprint). Generators see the run's date and the standards pages change with the UTC day, so the day
 * is part of the key. Undefined when the run cannot be described by one: a source failed or is kept at its last
 * good commit, or a working tree has no trustworthy fingerprint.
 */
export async function computeRunKey(input: RunKeyInput): Promise<string | undefined> {
  if (input.fetched.some((source) => source.status !== 'synced' && source.status !== 'unchanged')) return undefined;
  const snapshots = await Promise.all(input.fetched.map((source) => source.commit ?? source.fingerprint?.()));
  if (snapshots.some((snapshot) => snapshot === undefined)) return undefined;
  const { options } = input;
  const generators = options.generators ?? [];
  const parts = {
    version: RUN_RECORD_VERSION,
    code: input.codeVersion,
    manifest: [input.manifest.file, options.manifestName ?? null, input.manifest.sources],
    content: relative(options.projectDir, options.contentDir),
    limits: options.limits,
    generators: generators.map((generator) => [generator.name, generator.inputs, generator.fingerprint?.() ?? null]),
    day: generators.length > 0 ? input.startedAt.toISOString().slice(0, 10) : null,
    sources: input.fetched.map((source, i) => [source.spec.id, snapshots[i], source.branch ?? null, source.repoPath ?? null]),
  };
  // credentials in a repo URL change nothing that is built, and nothing derived from them is stored
  return createHash('sha256').update(stripCredentials(JSON.stringify(parts))).digest('base64url');
}
