import type { CollectedFile, CollectedSource } from '../collect/types.js';
import { hashKey, type DerivedCache } from '../derived-cache/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveLink } from '../link-index/index.js';
import type { LinkIndex } from '../link-index/types.js';
import { transformDoc } from '../transform/index.js';
import type { TransformSource } from '../transform/types.js';
import type { OutputFile } from '../write/types.js';
import { describeCause } from './describe-cause.js';
import type { IndexStageOutput } from './index-stage.js';

export interface TransformStageOutput {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** Sources with a page that could not be transformed (their last good content is kept where there is one). */
  failed: Set<string>;
}

/**
 * Second pass: rewrites every doc against the complete index; assets pass through unchanged.
 * A doc whose text, source, history and site (every path and anchor a link could reach) are as in an earlier
 * run is taken from the cache.
 */
export function transformStage(collected: readonly CollectedSource[], { index, sources }: IndexStageOutput, cache: DerivedCache): TransformStageOutput {
  const outputs: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const site = fingerprintSite(collected, index);
  for (const { fetched, files } of collected) {
    const source = sources.get(fetched.spec.id)!;
    for (const file of files) {
      if (file.kind === 'asset') {
        outputs.push({ to: file.to, content: file.content, source: file.source });
        continue;
      }
      try {
        const text = file.content.toString('utf8');
        const result = cache.transform(transformKey(site, source, file, text), () =>
          transformDoc({ doc: file, text, source, index, resolve: resolveLink }),
        );
        outputs.push({ to: file.to, content: Buffer.from(result.content), source: file.source });
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
  return { outputs, diagnostics, failed };
}

/** Everything outside a doc that its transformed text depends on: every file, route and anchor, every upstream path. */
function fingerprintSite(collected: readonly CollectedSource[], index: LinkIndex): string {
  const parts: string[] = [];
  for (const file of index.files()) {
    parts.push(JSON.stringify([file.source, file.repoKey, file.from, file.to, file.kind, file.route, [...file.anchors], [...(file.titleAnchors ?? [])], file.refs]));
  }
  for (const { fetched, snapshotPaths } of collected) parts.push(fetched.spec.id, ...snapshotPaths);
  return hashKey(...parts);
}

function transformKey(site: string, source: TransformSource, file: CollectedFile, text: string): string {
  const { paths: _paths, ...sourceFacts } = source;
  return hashKey(site, JSON.stringify(sourceFacts), JSON.stringify([file.from, file.to, file.format, file.history]), text);
}
