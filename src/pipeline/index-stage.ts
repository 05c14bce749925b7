import type { CollectedSource } from '../collect/types.js';
import { buildLinkIndex, createSnapshotPaths, sourceRepoKey, type LinkIndexEntry } from '../link-index/index.js';
import type { LinkIndex } from '../link-index/types.js';
import { parseRepoUrl } from '../manifest/repo-url.js';
import type { TransformSource } from '../transform/types.js';

export interface IndexStageOutput {
  index: LinkIndex;
  /** Per source id: what link rewriting and front matter need to know about it. */
  sources: Map<string, TransformSource>;
}

/** First pass of link rewriting: every imported file and anchor of every source, before any doc is changed. */
export function indexStage(collected: readonly CollectedSource[]): IndexStageOutput {
  const sources = new Map<string, TransformSource>();
  const entries: LinkIndexEntry[] = [];
  for (const { fetched, files, snapshotPaths } of collected) {
    const { spec, commit, branch, repoPath } = fetched;
    const source: TransformSource = {
      id: spec.id,
      repo: spec.repo ? parseRepoUrl(spec.repo) : undefined,
      commit,
      branch,
      repoPath,
      paths: createSnapshotPaths(snapshotPaths),
      trusted: spec.trusted,
      repoUrl: spec.repo,
    };
    sources.set(spec.id, source);
    const repoKey = sourceRepoKey(source);
    const refs = [branch, spec.ref, commit].filter((ref): ref is string => ref !== undefined);
    for (const file of files) {
      entries.push({
        source: spec.id,
        repoKey,
        from: file.from,
        to: file.to,
        kind: file.kind,
        content: file.kind === 'doc' ? file.content.toString('utf8') : undefined,
        anchors: file.analysis,
        refs,
        ...(file.translation ? { translation: { locale: file.translation.locale, englishTo: file.translation.englishTo } } : {}),
      });
    }
  }
  return { index: buildLinkIndex(entries), sources };
}
