import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputFile } from '../write/types.js';
import { describeCause } from './describe-cause.js';
import type { SiteGenerator } from './types.js';

export interface GenerateStageOutput {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** Generators that did not run (an input source is broken, or the generator failed): their pages are kept. */
  skipped: Set<string>;
}

/** Runs the site's generators on the transformed tree; a generator whose inputs are broken keeps its last pages. */
export function generateStage(
  generators: readonly SiteGenerator[],
  outputs: readonly OutputFile[],
  broken: ReadonlySet<string>,
  now: Date,
): GenerateStageOutput {
  const generated: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped = new Set<string>();
  for (const generator of generators) {
    if (generator.inputs.some((id) => broken.has(id))) {
      skipped.add(generator.name);
      continue;
    }
    const inputs = new Set(generator.inputs);
    try {
      const result = generator.generate({ files: outputs.filter((file) => inputs.has(file.source)), now });
      generated.push(...result.files.map((file) => ({ ...file, source: generator.name })));
      diagnostics.push(...result.diagnostics);
    } catch (error) {
      skipped.add(generator.name);
      diagnostics.push({
        severity: 'error',
        code: 'generate/failed',
        message: `the ${generator.name} pages could not be generated, the last ones are kept: ${describeCause(error)}`,
        hint: 'this is likely a bug in the generator; please report it',
      });
    }
  }
  return { outputs: generated, diagnostics, skipped };
}
