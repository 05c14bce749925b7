import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLock } from '../../../src/fetch/index.js';
import { planFromLock } from '../../../src/fetch/plan-source.js';
import { loadManifest } from '../../../src/manifest/index.js';

const projectDir = join(import.meta.dirname, '..', '..', '..');

/**
 * The pull-request check starts with `npm run sync -- --frozen --strict`: every fetched source of the committed
 * repos.yaml must have a matching entry in the committed repos.lock, or the check fails on a fresh clone.
 */
describe('the committed repos.lock', () => {
  it('has an entry for every source of the committed repos.yaml that is fetched, for its repo and ref', async () => {
    const manifest = await loadManifest(join(projectDir, 'repos.yaml'));
    const lock = await readLock(join(projectDir, 'repos.lock'));
    // `path:` sources are read from the working tree and never locked
    const fetched = manifest.sources.filter((spec) => spec.path === undefined);

    const unbuildable = fetched.flatMap((spec) => {
      const plan = planFromLock(spec, lock, 'frozen');
      return 'problem' in plan ? [`${spec.id}: ${plan.problem.message}`] : [];
    });

    expect(fetched.length).toBeGreaterThan(0);
    expect(unbuildable).toEqual([]);
  });

  it('holds no entry for a source repos.yaml no longer has (a sync would drop it)', async () => {
    const manifest = await loadManifest(join(projectDir, 'repos.yaml'));
    const lock = await readLock(join(projectDir, 'repos.lock'));
    const fetchedIds = manifest.sources.filter((spec) => spec.path === undefined).map((spec) => spec.id);

    expect(Object.keys(lock?.sources ?? {}).sort()).toEqual(fetchedIds.sort());
  });
});
