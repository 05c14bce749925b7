/**
 * A disk that fills up while the new tree is written: the write stops with one clear error, and the previous
 * tree and lock stay exactly as the last sync left them (the new files are staged first; nothing outside the
 * staging folder changes before the commit point). The failing disk is a write function that refuses to write
 * past a byte budget, as ENOSPC does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { commitWrite, planWrite, readWriteState, WRITE_FAILED_EXIT_CODE, type WriteFileFunction } from '../../../src/write/index.js';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';
import { listTree } from '../../helpers/list-tree.js';

afterAll(removeTempDirs);

/** Writes until `budget` bytes are used, then fails every write the way a full disk does. */
function diskWithRoom(budget: number): { write: WriteFileFunction; attempts: () => number } {
  let used = 0;
  let attempts = 0;
  const write: WriteFileFunction = async (path, content) => {
    attempts++;
    used += Buffer.byteLength(content);
    if (used > budget) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
    await writeFile(path, content);
  };
  return { write, attempts: () => attempts };
}

/** Path → sha256 of every file under `dir`. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listTree(dir).map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
}

describe('disk full while writing', () => {
  it('leaves the previous tree and lock untouched, removes what it staged, and the next sync succeeds', async () => {
    const project = new SyncProject();
    const upstream = TestRepo.create({ 'docs/a.md': '# A\n', 'docs/b.md': '# B\n' });
    const remote = project.github.publish('example-org/alpha', upstream);
    project.writeManifest('sources:\n  - id: alpha\n    repo: example-org/alpha\n    include: ["docs/*.md"]\n    base: docs\n    target: docs/alpha\n');
    expect((await project.sync()).exitCode).toBe(0);
    const content = join(project.dir, 'content');
    const lockFile = join(project.dir, 'repos.lock');
    const before = fingerprint(content);
    const lockBefore = readFileSync(lockFile, 'utf8');

    const next = [
      { to: 'docs/alpha/a.md', content: Buffer.from('# A, second edition\n'), source: 'alpha' },
      { to: 'docs/alpha/c.md', content: Buffer.alloc(64 * 1024, 'c'), source: 'alpha' },
    ];
    const plan = planWrite(await readWriteState(content), next, new Set(), (to) => existsSync(join(content, to)));
    const disk = diskWithRoom(32 * 1024);
    const failure = await commitWrite(content, plan, [{ path: lockFile, content: '{"version":1,"sources":{}}\n' }], disk.write).catch((error: unknown) => error);

    expect(disk.attempts()).toBe(2);
    expect(isUserError(failure)).toBe(true);
    if (!isUserError(failure)) return;
    expect(failure.exitCode).toBe(WRITE_FAILED_EXIT_CODE);
    expect(failure.diagnostics).toEqual([
      expect.objectContaining({
        code: 'write/failed',
        message: 'could not write the new site tree (the disk is full); nothing was changed: the previous tree and the lock are as they were',
        hint: 'free some disk space and run the sync again',
      }),
    ]);
    expect(fingerprint(content)).toEqual(before);
    expect(readFileSync(lockFile, 'utf8')).toBe(lockBefore);

    upstream.commit({ 'docs/a.md': '# A, second edition\n' });
    remote.push(upstream);
    const recovered = await project.sync('--strict');
    expect(recovered.exitCode, recovered.output).toBe(0);
    expect(project.read('docs/alpha/a.md')).toContain('second edition');
  });
});
