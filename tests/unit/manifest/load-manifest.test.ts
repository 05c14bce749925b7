import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { loadManifest } from '../../../src/manifest/index.js';
import { manifestWith } from './manifest-test-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'load-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failureOf(file: string): Promise<string> {
  try {
    await loadManifest(file);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return error.diagnostics.map(formatDiagnostic).join('\n').replaceAll(dir, '<tmp>');
  }
  throw new Error('expected loadManifest to fail');
}

describe('loadManifest', () => {
  it('reads and validates the file, naming it as given in messages', async () => {
    const file = join(dir, 'repos.yaml');
    writeFileSync(file, manifestWith());
    const manifest = await loadManifest(file);
    expect(manifest.file).toBe(file);
    expect(manifest.sources.map((s) => s.id)).toEqual(['demo']);
  });

  it('reports a missing file with what to do', async () => {
    expect(await failureOf(join(dir, 'missing.yaml'))).toMatchInlineSnapshot(`
      "<tmp>/missing.yaml: error: The manifest file does not exist.
        hint: Run the sync from the project root, where repos.yaml lives, or name your manifest with --manifest FILE."
    `);
  });

  it('reports a folder given as manifest', async () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expect(await failureOf(join(dir, 'folder.yaml'))).toMatchInlineSnapshot(`
      "<tmp>/folder.yaml: error: The manifest file cannot be read (EISDIR).
        hint: Check that the path names a readable file, not a folder."
    `);
  });

  it('reports validation problems with the file name and position', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, manifestWith({ trusted: 'yes' }));
    expect(await failureOf(file)).toMatchInlineSnapshot(`
      "demo (https://github.com/example-org/demo) <tmp>/broken.yaml:6:14: error: sources[0].trusted must be true or false, not the text "yes".
        hint: Write true or false (YAML 1.2 reads yes/no/on/off as text)."
    `);
  });
});
