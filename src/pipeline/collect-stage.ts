import pLimit from 'p-limit';
import { collectSource, dropSameSourceDuplicates, findCollisions, type CollectContext } from '../collect/index.js';
import type { CollectedSource } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';
import type { FetchedSource } from '../fetch/types.js';
import { describeCause } from './describe-cause.js';

export interface CollectStageOutput {
  sources: CollectedSource[];
  diagnostics: Diagnostic[];
  /** Sources whose content could not be read this run: their previously written files are kept. */
  broken: Set<string>;
}

/** Collects every source (see CollectContext); a failure in one source never loses another source's content. */
export async function collectStage(fetched: readonly FetchedSource[], context: CollectContext): Promise<CollectStageOutput> {
  const limit = pLimit(4);
  const diagnostics: Diagnostic[] = [];
  const broken = new Set<string>();
  const sources = await Promise.all(
    fetched.map((source) =>
      limit(async (): Promise<CollectedSource> => {
        try {
          const output = await collectSource(source, context);
          const { kept, diagnostics: duplicates } = dropSameSourceDuplicates(output.collected);
          diagnostics.push(...output.diagnostics, ...duplicates);
          return kept;
        } catch (error) {
          broken.add(source.spec.id);
          const problem: Diagnostic = {
            severity: 'error',
            code: 'collect/read-failed',
            message: `could not read the source's files: ${describeCause(error)}`,
            source: source.spec.id,
            repo: source.spec.repo,
            commit: source.commit,
            hint: 'the last good pages of this source are kept; run the sync again, or delete its cache folder',
          };
          diagnostics.push(problem);
          // nothing of this commit is built: the report and the lock must not claim it
          const { reader: _reader, commit: _commit, ...rest } = source;
          return { fetched: { ...rest, status: 'failed', error: problem }, files: [], snapshotPaths: [], toolchain: { name: 'gfm', detected: true } };
        }
      }),
    ),
  );
  const collisions = findCollisions(sources);
  if (collisions.length > 0) throw new UserError(collisions);
  for (const source of fetched) if (source.status === 'failed') broken.add(source.spec.id);
  return { sources, diagnostics, broken };
}
