import type { ContentLimits } from '../collect/index.js';
import type { CollectedFile, CollectedSource } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FetchedSource } from '../fetch/types.js';
import { createWorktreeReader } from '../fetch/worktree-reader.js';
import type { DocAnalysis } from '../markdown/analyze-doc.js';
import type { AnalyzeDoc } from '../collect/index.js';
import type { DerivedCache } from '../derived-cache/index.js';
import { collectStage } from '../pipeline/collect-stage.js';
import { createMemoReader, forgetPaths, type ReaderMemo } from './memo-reader.js';

export type RecollectResult =
  | { kind: 'collected'; collected: CollectedSource; diagnostics: Diagnostic[] }
  /** The folder or its files could not be read: the pages written last stay. */
  | { kind: 'failed'; diagnostics: Diagnostic[] };

export interface RecollectInput {
  /** The source as the first sync fetched it (branch and repo folder are kept). */
  fetched: FetchedSource;
  /** Absolute working-tree folder. */
  root: string;
  limits: ContentLimits;
  memo: ReaderMemo;
  /** Paths (relative to the working tree) that changed since the last collect. */
  changed: Iterable<string>;
  analyze: AnalyzeDoc;
  /** Where conversions are remembered, so a doc is converted again only when it or a file it read changed. */
  conversions: DerivedCache;
}

/**
 * Collects a working-tree source again, reading from disk only the files that changed:
 * selection, carried-along images and history follow the tree as it is now.
 */
export async function recollectLocalSource(input: RecollectInput): Promise<RecollectResult> {
  forgetPaths(input.memo, input.changed);
  const reader = createMemoReader(createWorktreeReader(input.root), input.memo);
  const { error: _error, ...fetched } = input.fetched;
  const output = await collectStage([{ ...fetched, status: 'synced', reader }], { limits: input.limits, analyze: input.analyze, conversions: input.conversions });
  if (output.broken.size > 0) return { kind: 'failed', diagnostics: output.diagnostics };
  return { kind: 'collected', collected: output.sources[0]!, diagnostics: output.diagnostics };
}

export interface AnalysisMemo {
  analyze: AnalyzeDoc;
  /** Drops the analyses of texts no doc has any more (each edit leaves one behind). */
  retainOnly(texts: ReadonlySet<string>): void;
}

/** Remembers each doc's analysis by its text (starting with the `known` docs), so an unchanged doc is never parsed again. */
export function createAnalysisMemo(known: readonly CollectedFile[], parse: AnalyzeDoc): AnalysisMemo {
  const byText = new Map<string, DocAnalysis>();
  for (const file of known) if (file.analysis) byText.set(file.content.toString('utf8'), file.analysis);
  return {
    async analyze(text) {
      const known = byText.get(text);
      if (known) return known;
      const analysis = await parse(text);
      byText.set(text, analysis);
      return analysis;
    },
    retainOnly(texts) {
      for (const text of byText.keys()) if (!texts.has(text)) byText.delete(text);
    },
  };
}
