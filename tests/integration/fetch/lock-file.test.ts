import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { readLock, writeLock, type LockFile } from '../../../src/fetch/index.js';
import { makeTempDir, normaliseTempPaths, removeTempDirs } from '../../helpers/git-repo.js';

afterAll(() => removeTempDirs());

const COMMIT_A = 'a'.repeat(40);
const COMMIT_B = 'b'.repeat(40);

describe('repos.lock', () => {
  it('is written atomically as stable, credential-free JSON ending in a newline', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'repos.lock');
    const lock: LockFile = {
      version: 1,
      sources: {
        zeta: { commit: COMMIT_B, branch: 'main', repo: 'https://ci:token@github.com/acme/zeta' },
        alpha: { commit: COMMIT_A, ref: 'v1.0', repo: 'https://github.com/acme/alpha', branch: 'main' },
      },
    };

    await writeLock(file, lock);

    expect(readFileSync(file, 'utf8')).toMatchInlineSnapshot(`
      "{
        "version": 1,
        "sources": {
          "alpha": {
            "repo": "https://github.com/acme/alpha",
            "ref": "v1.0",
            "branch": "main",
            "commit": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          },
          "zeta": {
            "repo": "https://github.com/acme/zeta",
            "branch": "main",
            "commit": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
          }
        }
      }
      "
    `);
    expect(readdirSync(dir)).toEqual(['repos.lock']);
    expect(await readLock(file)).toEqual({
      version: 1,
      sources: {
        alpha: { repo: 'https://github.com/acme/alpha', ref: 'v1.0', branch: 'main', commit: COMMIT_A },
        zeta: { repo: 'https://github.com/acme/zeta', branch: 'main', commit: COMMIT_B },
      },
    });
  });

  it('reads as undefined when there is no lock yet', async () => {
    expect(await readLock(join(makeTempDir(), 'repos.lock'))).toBeUndefined();
  });

  it('rejects a damaged lock with a fix the user can apply', async () => {
    const dir = makeTempDir();
    const broken = join(dir, 'broken.lock');
    writeFileSync(broken, '{"version": 1, "sources": {');
    const wrong = join(dir, 'wrong.lock');
    writeFileSync(wrong, JSON.stringify({ version: 1, sources: { docs: { repo: 'x' } } }));

    const messages = await Promise.all(
      [broken, wrong].map((file) =>
        readLock(file).then(
          () => 'no error',
          (error: unknown) => (isUserError(error) ? normaliseTempPaths(formatDiagnostic(error.diagnostics[0]!)) : String(error)),
        ),
      ),
    );

    expect(messages.join('\n')).toMatchInlineSnapshot(`
      "<tmp>/broken.lock: error: lock file is not valid JSON
        hint: restore the lock from version control, or delete it and run the sync to write a fresh one
      <tmp>/wrong.lock: error: lock file has an invalid entry for source "docs"
        hint: restore the lock from version control, or delete it and run the sync to write a fresh one"
    `);
  });
});
