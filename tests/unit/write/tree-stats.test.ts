import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitWrite, readWrittenTree } from '../../../src/write/commit-write.js';
import { planWrite } from '../../../src/write/plan-write.js';
import { isFileIntact } from '../../../src/write/tree-stats.js';
import type { OutputFile } from '../../../src/write/types.js';

const out = (to: string, text: string): OutputFile => ({ to, content: Buffer.from(text), source: 's' });

/** A tree written by commitWrite, its files made an hour old (as if written long before the check). */
async function writtenTree() {
  const content = join(mkdtempSync(join(tmpdir(), 'tree-stats-')), 'content');
  await commitWrite(content, planWrite(undefined, [out('a.md', 'alpha'), out('b.md', 'beta')], new Set(), () => false));
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const name of ['a.md', 'b.md']) utimesSync(join(content, name), hourAgo, hourAgo);
  // the state records the stats the write left; rewrite it with the aged ones as a later write would
  const tree = (await readWrittenTree(content))!;
  await commitWrite(content, planWrite(tree.state, [out('a.md', 'alpha'), out('b.md', 'beta')], new Set(), () => true));
  const intact = async (to: string) => {
    const current = (await readWrittenTree(content))!;
    return isFileIntact(content, current.state, current.stateWrittenMs, to);
  };
  return { content, intact };
}

describe('isFileIntact', () => {
  it('trusts a file whose stats are as written, and checks the content of one whose stats moved', async () => {
    const { content, intact } = await writtenTree();
    expect(await intact('a.md')).toBe(true);
    writeFileSync(join(content, 'a.md'), 'alpha'); // same content, new modification time
    expect(await intact('a.md')).toBe(true);
  });

  it('finds a file changed by hand, even to the same size, or deleted', async () => {
    const { content, intact } = await writtenTree();
    writeFileSync(join(content, 'a.md'), 'ALPHA');
    rmSync(join(content, 'b.md'));
    expect(await intact('a.md')).toBe(false);
    expect(await intact('b.md')).toBe(false);
  });

  it('checks by content a file modified no earlier than the state was written (its time may not have moved)', async () => {
    const { content, intact } = await writtenTree();
    const late = new Date(Date.now() + 3_600_000); // the file's time as recorded is not older than the state
    utimesSync(join(content, 'b.md'), late, late);
    const tree = (await readWrittenTree(content))!;
    await commitWrite(content, planWrite(tree.state, [out('a.md', 'alpha'), out('b.md', 'beta')], new Set(), () => true));
    writeFileSync(join(content, 'b.md'), 'BETA'); // same size, same inode
    utimesSync(join(content, 'b.md'), late, late); // and the same time: only the content tells
    expect(await intact('b.md')).toBe(false);
  });
});
