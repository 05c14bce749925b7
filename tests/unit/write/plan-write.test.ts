import { describe, expect, it } from 'vitest';
import { hashContent, planWrite } from '../../../src/write/plan-write.js';
import type { OutputFile, WriteState } from '../../../src/write/types.js';

const file = (to: string, text: string, source = 'a'): OutputFile => ({ to, content: Buffer.from(text), source });
const state = (files: Record<string, [string, string]>): WriteState => ({
  version: 1,
  files: Object.fromEntries(Object.entries(files).map(([to, [source, text]]) => [to, { source, hash: hashContent(Buffer.from(text)) }])),
});

describe('planWrite', () => {
  it('writes new and changed files, skips unchanged ones and deletes files no longer produced', () => {
    const previous = state({ 'docs/same.md': ['a', 'same'], 'docs/changed.md': ['a', 'old'], 'docs/gone.md': ['a', 'bye'] });
    const plan = planWrite(previous, [file('docs/same.md', 'same'), file('docs/changed.md', 'new'), file('docs/new.md', 'hi')], new Set(), () => true);
    expect(plan.writes.map((w) => w.to)).toEqual(['docs/changed.md', 'docs/new.md']);
    expect(plan.unchanged).toEqual(['docs/same.md']);
    expect(plan.deletes).toEqual(['docs/gone.md']);
    expect(Object.keys(plan.state.files).sort()).toEqual(['docs/changed.md', 'docs/new.md', 'docs/same.md']);
  });

  it('rewrites an unchanged file that went missing on disk', () => {
    const plan = planWrite(state({ 'docs/x.md': ['a', 'x'] }), [file('docs/x.md', 'x')], new Set(), () => false);
    expect(plan.writes.map((w) => w.to)).toEqual(['docs/x.md']);
  });

  it("keeps the files of a source that failed this run, and records them as still owned", () => {
    const previous = state({ 'docs/b/page.md': ['b', 'last good'] });
    const plan = planWrite(previous, [file('docs/a.md', 'a')], new Set(['b']), () => true);
    expect(plan.deletes).toEqual([]);
    expect(plan.state.files['docs/b/page.md']).toEqual(previous.files['docs/b/page.md']);
  });
});
