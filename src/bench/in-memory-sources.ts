import type { DerivedCache } from '../derived-cache/index.js';
import type { FetchedSource, FileHistory, SnapshotReader } from '../fetch/types.js';
import { buildSourceSpec } from '../manifest/build-source-spec.js';
import { repoName, SYNTHETIC_BRANCH, SYNTHETIC_OWNER, type SyntheticSite } from './synthetic-layout.js';
import { generateSyntheticRepo, type SyntheticFile } from './synthetic-repo.js';

/** A snapshot held in memory: what the collect stage reads, without git. */
export function createMemoryReader(files: readonly SyntheticFile[], history: FileHistory): SnapshotReader {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  return {
    listFiles: async () => files.map((f) => ({ path: f.path, kind: 'file' as const, size: f.content.length })),
    readFiles: async (paths) => new Map(paths.flatMap((p) => (byPath.has(p) ? [[p, byPath.get(p)!] as const] : []))),
    history: async (paths) => new Map(paths.map((p) => [p, history])),
  };
}

/** The synthetic site as fetched sources whose snapshots are in memory (the manifest entries renderSyntheticManifest writes). */
export function createMemorySources(site: SyntheticSite): FetchedSource[] {
  const history: FileHistory = { kind: 'commit', commit: 'c'.repeat(40), date: '2025-01-02T00:00:00Z', author: 'Bo Reviewer' };
  return Array.from({ length: site.repos }, (_, repo) => {
    const spec = buildSourceSpec(
      {
        id: repoName(repo),
        repo: `${SYNTHETIC_OWNER}/${repoName(repo)}`,
        include: ['docs/**'],
        base: 'docs',
        target: `docs/bench/${repoName(repo)}`,
      },
      { line: 1, column: 1 },
    );
    const reader = createMemoryReader(generateSyntheticRepo(site, repo), history);
    return { spec, status: 'synced', commit: history.commit, branch: SYNTHETIC_BRANCH, reader };
  });
}

/** A derived cache that remembers nothing: every doc is analysed and transformed (a cold run). */
export const NO_DERIVED_CACHE: DerivedCache = {
  analysis: (_text, compute) => compute(),
  transform: (_key, _answers, compute) => {
    const { result, lookups } = compute();
    return { result, lookups: [...lookups] };
  },
  pageCheck: (_key, compute) => compute(),
  conversion: (_key, _digest, compute) => compute(),
  save: async () => undefined,
};
