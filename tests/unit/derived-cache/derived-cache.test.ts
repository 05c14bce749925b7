import { afterAll, describe, expect, it } from 'vitest';
import { openDerivedCache, type RecordedTransform } from '../../../src/derived-cache/index.js';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** Answers to lookup keys in a made-up site, digested the way the sync digests them (any stable function). */
function answersIn(site: Record<string, string>): (lookups: readonly string[]) => string {
  return (lookups) => JSON.stringify(lookups.map((key) => site[key] ?? null));
}

/** A compute function that counts its calls and reports the lookups it made. */
function transformer(content: string, lookups: string[]) {
  const calls = { count: 0 };
  const compute = (): RecordedTransform => {
    calls.count++;
    return { result: { content, diagnostics: [], edits: [] }, lookups };
  };
  return { calls, compute };
}

describe('the derived cache of transformed docs', () => {
  it('reuses a transform while the lookups it made answer the same, and transforms again when one does not', async () => {
    const dir = makeTempDir('scs-derived-');
    const first = await openDerivedCache(dir, 'code-1');
    first.transform('doc', answersIn({ a: '1', b: '2' }), transformer('old', ['a']).compute);
    await first.save();

    const unrelated = transformer('new', ['a']);
    const second = await openDerivedCache(dir, 'code-1');
    expect(second.transform('doc', answersIn({ a: '1', b: 'changed' }), unrelated.compute).result.content).toBe('old');
    expect(unrelated.calls.count).toBe(0);
    await second.save();

    const related = transformer('new', ['a', 'b']);
    const third = await openDerivedCache(dir, 'code-1');
    expect(third.transform('doc', answersIn({ a: 'changed', b: 'changed' }), related.compute).result.content).toBe('new');
    expect(related.calls.count).toBe(1);
    await third.save();

    // the new lookups were stored with the new result: `b` now counts too
    const fourth = await openDerivedCache(dir, 'code-1');
    const again = transformer('newer', ['a', 'b']);
    expect(fourth.transform('doc', answersIn({ a: 'changed', b: 'changed again' }), again.compute).result.content).toBe('newer');
  });

  it('ignores what another version of the code stored', async () => {
    const dir = makeTempDir('scs-derived-');
    const first = await openDerivedCache(dir, 'code-1');
    first.transform('doc', answersIn({}), transformer('old', []).compute);
    await first.save();
    const second = await openDerivedCache(dir, 'code-2');
    expect(second.transform('doc', answersIn({}), transformer('new', []).compute).result.content).toBe('new');
  });

  it('keeps only the docs a run used', async () => {
    const dir = makeTempDir('scs-derived-');
    const first = await openDerivedCache(dir, 'code-1');
    first.transform('kept', answersIn({}), transformer('kept', []).compute);
    first.transform('dropped', answersIn({}), transformer('dropped', []).compute);
    await first.save();
    const second = await openDerivedCache(dir, 'code-1');
    second.transform('kept', answersIn({}), transformer('unused', []).compute);
    await second.save();
    const third = await openDerivedCache(dir, 'code-1');
    expect(third.transform('kept', answersIn({}), transformer('new', []).compute).result.content).toBe('kept');
    expect(third.transform('dropped', answersIn({}), transformer('new', []).compute).result.content).toBe('new');
  });
});
