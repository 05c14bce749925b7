import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/collect/index.js';
import type { FetchedSource } from '../../../src/fetch/types.js';
import { computeRunKey, type RunKeyInput } from '../../../src/pipeline/run-key.js';
import type { SiteGenerator } from '../../../src/pipeline/types.js';
import { makeSpec } from '../../helpers/source-spec.js';

const COMMIT = 'a'.repeat(40);
const generator: SiteGenerator = { name: 'pages', inputs: ['guide'], generate: () => ({ files: [], diagnostics: [] }) };

function input(change: { sources?: FetchedSource[]; codeVersion?: string; generators?: SiteGenerator[]; at?: string; label?: string } = {}): RunKeyInput {
  const spec = makeSpec({ id: 'guide', repo: 'https://github.com/o/guide', ...(change.label ? { label: change.label } : {}) });
  return {
    codeVersion: change.codeVersion ?? 'code-1',
    manifest: { file: 'repos.yaml', sources: [spec] },
    options: { projectDir: '/project', contentDir: '/project/content', manifestName: 'repos.yaml', limits: DEFAULT_LIMITS, generators: change.generators ?? [] },
    fetched: change.sources ?? [{ spec, status: 'unchanged', commit: COMMIT, branch: 'main' }],
    startedAt: new Date(change.at ?? '2025-03-01T10:00:00Z'),
  };
}

describe('computeRunKey', () => {
  it('is the same for the same inputs, whether a source was just synced or unchanged', async () => {
    const synced = input();
    synced.fetched = synced.fetched.map((source) => ({ ...source, status: 'synced' as const }));
    expect(await computeRunKey(input())).toBe(await computeRunKey(synced));
  });

  it('changes with the code, the manifest and the commit', async () => {
    const base = await computeRunKey(input());
    expect(await computeRunKey(input({ codeVersion: 'code-2' }))).not.toBe(base);
    expect(await computeRunKey(input({ label: 'Guide' }))).not.toBe(base);
    const moved = input();
    moved.fetched = moved.fetched.map((source) => ({ ...source, commit: 'b'.repeat(40) }));
    expect(await computeRunKey(moved)).not.toBe(base);
  });

  it('changes with the UTC day only when pages are generated', async () => {
    expect(await computeRunKey(input({ at: '2025-03-02T10:00:00Z' }))).toBe(await computeRunKey(input()));
    const morning = await computeRunKey(input({ generators: [generator], at: '2025-03-01T00:00:00Z' }));
    expect(await computeRunKey(input({ generators: [generator], at: '2025-03-01T23:59:59Z' }))).toBe(morning);
    expect(await computeRunKey(input({ generators: [generator], at: '2025-03-02T00:00:00Z' }))).not.toBe(morning);
    expect(morning).not.toBe(await computeRunKey(input({ at: '2025-03-01T00:00:00Z' })));
  });

  it('does not depend on credentials in a repo URL', async () => {
    const withToken = input();
    withToken.manifest.sources[0]!.repo = 'https://x-access-token:secret@github.com/o/guide';
    expect(await computeRunKey(withToken)).toBe(await computeRunKey(input()));
  });

  it('has none while a source is stale or failed, or a working tree has no fingerprint', async () => {
    const spec = makeSpec({ id: 'guide', path: 'docs' });
    expect(await computeRunKey(input({ sources: [{ spec, status: 'stale', commit: COMMIT }] }))).toBeUndefined();
    expect(await computeRunKey(input({ sources: [{ spec, status: 'failed' }] }))).toBeUndefined();
    expect(await computeRunKey(input({ sources: [{ spec, status: 'synced' }] }))).toBeUndefined();
    expect(await computeRunKey(input({ sources: [{ spec, status: 'synced', fingerprint: async () => undefined }] }))).toBeUndefined();
    const one = await computeRunKey(input({ sources: [{ spec, status: 'synced', fingerprint: async () => 'tree-1' }] }));
    expect(one).toBeDefined();
    expect(await computeRunKey(input({ sources: [{ spec, status: 'synced', fingerprint: async () => 'tree-2' }] }))).not.toBe(one);
  });
});
