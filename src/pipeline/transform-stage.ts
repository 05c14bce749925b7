import type { CollectedFile, CollectedSource } from '../collect/types.js';
import { hashKey, type DerivedCache } from '../derived-cache/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createAnswerDigest } from '../link-index/answer-lookups.js';
import { transformRecordingLookups } from '../transform/transform-recording-lookups.js';
import type { TransformSource } from '../transform/types.js';
import type { OutputFile } from '../write/types.js';
import type { EditSpans } from '../markdown/apply-edits.js';
import { describeCause } from './describe-cause.js';
import type { IndexStageOutput } from './index-stage.js';

export interface TransformStageOutput {
  outputs: OutputFile[];
  /** Each transformed doc by site path: the upstream file and how its text was rewritten. */
  docs: Map<string, TransformedDoc>;
  diagnostics: Diagnostic[];
  /** Sources with a page that could not be transformed (their last good content is kept where there is one). */
  failed: Set<string>;
}

export interface TransformedDoc {
  file: CollectedFile;
  edits: EditSpans;
  /** The page as transformed (before head titles and the page check). */
  content: Buffer;
  /** The lookup keys its links asked (see src/link-index/record-lookups): what a change elsewhere must not alter. */
  lookups: readonly string[];
  diagnostics: Diagnostic[];
}

/**
 * Second pass: rewrites every doc against the complete index; assets pass through unchanged.
 * A doc whose text, place, history and source are as in an earlier run, and whose links' lookups (index
 * entries, snapshot paths) answer as they did then, is taken from the cache: a commit in one source leaves
 * the pages of the others alone unless they link to what it changed.
 */
export function transformStage(collected: readonly CollectedSource[], { index, sources }: IndexStageOutput, cache: DerivedCache): TransformStageOutput {
  const outputs: OutputFile[] = [];
  const docs = new Map<string, TransformedDoc>();
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const answers = createAnswerDigest({ index, sources, snapshotPaths: new Map(collected.map((c) => [c.fetched.spec.id, c.snapshotPaths])) });
  for (const { fetched, files } of collected) {
    const source = sources.get(fetched.spec.id)!;
    for (const file of files) {
      if (file.kind === 'asset') {
        outputs.push({ to: file.to, content: file.content, source: file.source });
        continue;
      }
      try {
        const text = file.content.toString('utf8');
        const { result, lookups } = cache.transform(docKey(source, file, text), answers, () => {
          const lookups = new Set<string>();
          return { result: transformRecordingLookups(file, text, source, index, lookups), lookups };
        });
        const content = Buffer.from(result.content);
        outputs.push({ to: file.to, content, source: file.source });
        docs.set(file.to, { file, edits: result.edits, content, lookups, diagnostics: result.diagnostics });
        diagnostics.push(...result.diagnostics);
      } catch (error) {
        failed.add(fetched.spec.id);
        diagnostics.push({
          severity: 'error',
          code: 'transform/failed',
          message: `could not transform the page: ${describeCause(error)}`,
          source: fetched.spec.id,
          repo: fetched.spec.repo,
          commit: fetched.commit,
          file: file.from,
          hint: "the source's last good pages are kept (or, if it has none yet, the page is left out); this is likely a bug in the sync: please report it with the upstream file",
        });
      }
    }
  }
  return { outputs, docs, diagnostics, failed };
}

/** What a doc's output depends on besides its lookups: its source's facts (commit, branch, trust…), its place, history and English page (for a translation), its text. */
function docKey(source: TransformSource, file: CollectedFile, text: string): string {
  const { paths: _paths, ...sourceFacts } = source;
  return hashKey(JSON.stringify(sourceFacts), JSON.stringify([file.from, file.to, file.format, file.history, file.translation ?? null]), text);
}
