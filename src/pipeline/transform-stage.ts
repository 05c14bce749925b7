import type { CollectedSource } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveLink } from '../link-index/index.js';
import { transformDoc } from '../transform/index.js';
import type { OutputFile } from '../write/types.js';
import { describeCause } from './describe-cause.js';
import type { IndexStageOutput } from './index-stage.js';

export interface TransformStageOutput {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
}

/** Second pass: rewrites every doc against the complete index; assets pass through unchanged. */
export function transformStage(collected: readonly CollectedSource[], { index, sources }: IndexStageOutput): TransformStageOutput {
  const outputs: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { fetched, files } of collected) {
    const source = sources.get(fetched.spec.id)!;
    for (const file of files) {
      if (file.kind === 'asset') {
        outputs.push({ to: file.to, content: file.content, source: file.source });
        continue;
      }
      try {
        const result = transformDoc({ doc: file, text: file.content.toString('utf8'), source, index, resolve: resolveLink });
        outputs.push({ to: file.to, content: Buffer.from(result.content), source: file.source });
        diagnostics.push(...result.diagnostics);
      } catch (error) {
        diagnostics.push({
          severity: 'error',
          code: 'transform/failed',
          message: `could not transform the page, so it is left out: ${describeCause(error)}`,
          source: fetched.spec.id,
          repo: fetched.spec.repo,
          commit: fetched.commit,
          file: file.from,
          hint: 'this is likely a bug in the sync; please report it with the upstream file',
        });
      }
    }
  }
  return { outputs, diagnostics };
}
