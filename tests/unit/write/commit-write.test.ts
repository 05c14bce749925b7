import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitWrite, readWriteState, recoverInterruptedWrite } from '../../../src/write/commit-write.js';
import { planWrite } from '../../../src/write/plan-write.js';
import type { OutputFile } from '../../../src/write/types.js';

const out = (to: string, text: string): OutputFile => ({ to, content: Buffer.from(text), source: 's' });

function tempContent(): string {
  return join(mkdtempSync(join(tmpdir(), 'commit-write-')), 'content');
}

describe('commitWrite', () => {
  it('writes the tree and the extra files, records state, and removes deleted files and empty folders', async () => {
    const content = tempContent();
    const lock = join(content, '..', 'repos.lock');
    await commitWrite(content, planWrite(undefined, [out('docs/a/x.md', 'x'), out('docs/b/y.md', 'y')], new Set(), () => false), [
      { path: lock, content: 'lock-1' },
    ]);
    expect(readFileSync(join(content, 'docs/a/x.md'), 'utf8')).toBe('x');
    expect(readFileSync(lock, 'utf8')).toBe('lock-1');

    const previous = await readWriteState(content);
    const plan = planWrite(previous, [out('docs/a/x.md', 'x')], new Set(), (to) => existsSync(join(content, to)));
    const before = statSync(join(content, 'docs/a/x.md')).mtimeMs;
    await commitWrite(content, plan);
    expect(existsSync(join(content, 'docs/b'))).toBe(false);
    expect(statSync(join(content, 'docs/a/x.md')).mtimeMs).toBe(before);
    expect(existsSync(join(content, '.staging'))).toBe(false);
  });

  it('completes a write that was interrupted after its journal was committed', async () => {
    const content = tempContent();
    mkdirSync(join(content, '.staging'), { recursive: true });
    writeFileSync(join(content, '.staging', '0'), 'new text');
    writeFileSync(
      join(content, '.sync-journal.json'),
      JSON.stringify({ moves: [{ from: join(content, '.staging', '0'), to: join(content, 'docs/p.md') }], deletes: [] }),
    );
    expect(await recoverInterruptedWrite(content)).toBe('completed');
    expect(readFileSync(join(content, 'docs/p.md'), 'utf8')).toBe('new text');
    expect(existsSync(join(content, '.sync-journal.json'))).toBe(false);
  });

  it('discards a write that was interrupted before its journal, leaving the previous tree intact', async () => {
    const content = tempContent();
    mkdirSync(join(content, 'docs'), { recursive: true });
    writeFileSync(join(content, 'docs/p.md'), 'previous');
    mkdirSync(join(content, '.staging'));
    writeFileSync(join(content, '.staging', '0'), 'half-written');
    expect(await recoverInterruptedWrite(content)).toBe('discarded');
    expect(readFileSync(join(content, 'docs/p.md'), 'utf8')).toBe('previous');
    expect(existsSync(join(content, '.staging'))).toBe(false);
  });
});
