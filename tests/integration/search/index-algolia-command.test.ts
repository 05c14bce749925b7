import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocSearchRecord } from '../../../src/site/search/algolia/docsearch-record.js';
import { runIndexAlgolia } from '../../../src/site/search/algolia/run-index-algolia.js';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir.js';
import { FIXTURE_SITE } from '../../unit/search/fixture-pages.js';

afterAll(removeTempDirs);

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const cwd = makeTempDir('scs-algolia-');
  const code = await runIndexAlgolia(argv, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr, cwd };
}

describe('npm run index:algolia', () => {
  it('--dry-run writes the records of every doc page to a file, without any Algolia setting', async () => {
    const { code, stdout, cwd } = await run(['--build', FIXTURE_SITE, '--dry-run', '--out', 'records.json']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "index:algolia: 16 records from 2 pages written to records.json (dry run)
      "
    `);
    const records = JSON.parse(readFileSync(join(cwd, 'records.json'), 'utf8')) as DocSearchRecord[];
    expect(new Set(records.map((r) => r.url_without_anchor))).toEqual(
      new Set(['https://lakes.example/docs/lakes/ice-fishing', 'https://docs.scs.community/docs/lakes/boats']),
    );
  });

  it('names the missing settings instead of sending anything', async () => {
    const { code, stderr } = await run(['--build', FIXTURE_SITE], { ALGOLIA_APP_ID: 'APP', ALGOLIA_SEARCH_API_KEY: 'search-only' });
    expect(code).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "index:algolia: set ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME (or use --dry-run to write the records to a file)
      "
    `);
  });

  it('refuses a folder without built doc pages', async () => {
    const empty = makeTempDir('scs-algolia-');
    const { code, stderr } = await run(['--build', empty, '--dry-run']);
    expect(code).toBe(1);
    expect(stderr).toContain('build the site first');
  });

  it('explains its options on a wrong one', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run index:algolia');
  });
});
