import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { generateStage } from '../pipeline/generate-stage.js';
import type { SiteGenerator } from '../pipeline/types.js';
import type { OutputFile } from '../write/types.js';

/** The pages each generator made last, by generator name and site path. */
export type GeneratedPages = Map<string, Map<string, OutputFile>>;

export interface GeneratorRerun {
  files: OutputFile[];
  removed: string[];
  diagnostics: Diagnostic[];
}

/**
 * Runs again the generators that read one of the `changed` sources, records their pages in `previous`, and
 * returns them (the write skips a page whose content did not change) with the pages they no longer make.
 */
export function rerunGenerators(
  generators: readonly SiteGenerator[],
  changed: ReadonlySet<string>,
  outputs: readonly OutputFile[],
  previous: GeneratedPages,
  now: Date,
  /** Sources whose last good pages stand in for this run's: a generator reading one keeps its pages too. */
  kept: ReadonlySet<string> = new Set(),
): GeneratorRerun {
  const affected = generators.filter((g) => g.inputs.some((id) => changed.has(id)));
  const result: GeneratorRerun = { files: [], removed: [], diagnostics: [] };
  if (affected.length === 0) return result;
  const generated = generateStage(affected, outputs, kept, now);
  result.diagnostics.push(...generated.diagnostics);
  for (const generator of affected) {
    if (generated.skipped.has(generator.name)) continue; // failed: its last pages stay
    const files = generated.outputs.filter((file) => file.source === generator.name);
    const paths = new Set(files.map((file) => file.to));
    result.files.push(...files);
    result.removed.push(...[...(previous.get(generator.name)?.keys() ?? [])].filter((to) => !paths.has(to)));
    previous.set(generator.name, new Map(files.map((file) => [file.to, file])));
  }
  return result;
}
