import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckSiteCommand } from '../../../../src/site/site-checks/check-site-command.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/temp-dir.js';
import { docPage, redirectPage } from './fake-build.js';
import { makeReport, makeSource } from './sample-report.js';

afterEach(removeTempDirs);

const report = makeReport([
  makeSource({ id: 'guide', files: [{ from: 'docs/a.md', to: 'content/docs/guide/a.md', route: '/docs/guide/a' }] }),
]);
const GOOD_PAGE = docPage({ editUrl: 'https://github.com/example-org/guide/edit/main/docs/a.md', lastUpdated: '2026-01-02T00:00:00.000Z' });

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

async function checkSite(files: Record<string, string>, argv = ['--urls', 'urls.txt']) {
  const cwd = makeTempDir('scs-checksite-');
  writeTree(cwd, { 'sync-report.json': JSON.stringify(report), 'urls.txt': '/docs/guide/a\n/docs/old-a\n', ...files });
  const out: string[] = [];
  const io = { cwd, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) } };
  const exitCode = await runCheckSiteCommand(argv, io);
  return { exitCode, output: out.join('') };
}

describe('npm run check:site', () => {
  it('passes a build that serves every URL and shows every page with its upstream links', async () => {
    const result = await checkSite({
      'build/docs/guide/a/index.html': GOOD_PAGE,
      'build/de/docs/guide/a/index.html': GOOD_PAGE,
      'build/docs/old-a/index.html': redirectPage('/docs/guide/a'),
    });
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatchInlineSnapshot(`
      "check-site: 2 of 2 URL paths of urls.txt resolve (1 page, 1 redirect); 0 do not
      check-site: 1 of 1 pages from upstream sources link "Edit this page" upstream and show "last updated"
      check-site: of 2 pages, 0 share their title with another page, 0 have no description and 0 no og:image
      check-site: 0 pages have no counterpart in every language
      check-site: ok
      "
    `);
  });

  it('lists every failure with its upstream origin and exits 1', async () => {
    const result = await checkSite({ 'build/docs/guide/a/index.html': docPage() });
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatchInlineSnapshot(`
      "check-site: 1 of 2 URL paths of urls.txt resolve (1 page, 0 redirects); 1 do not
      check-site: 0 of 1 pages from upstream sources link "Edit this page" upstream and show "last updated"
      check-site: of 1 pages, 0 share their title with another page, 0 have no description and 0 no og:image
      check-site: 1 pages have no counterpart in every language
      error: /docs/old-a (from urls.txt) is not served: no page and no redirect
        hint: closest page: /docs/guide/a. Add a redirect from this path to the page that serves it now in src/site/redirects.ts.
      guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a has no "Edit this page" link (expected https://github.com/example-org/guide/edit/<branch>/docs/a.md)
        hint: The sync writes \`custom_edit_url\` into the front matter; check that the page kept it.
      guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a does not show "last updated"
        hint: The sync writes \`last_update\` into the front matter; check that the page kept it.
      docs/guide/a/index.html: error: the page has no counterpart de/docs/guide/a/index.html in the de site
        hint: Every page is built in each locale (untranslated ones with the English text): check i18n in docusaurus.config.ts.
      check-site: 4 failures
      "
    `);
  });

  it('exits 2 without a build folder, without a report, or with an unknown option', async () => {
    expect(await checkSite({})).toMatchObject({ exitCode: 2, output: expect.stringContaining('error: the build folder does not exist') });
    const noReport = await checkSite({ 'build/index.html': docPage() }, ['--report', 'missing.json']);
    expect(noReport).toMatchObject({ exitCode: 2, output: expect.stringContaining('missing.json: error: there is no sync report') });
    expect(await checkSite({ 'build/index.html': docPage() }, ['--url', 'x'])).toMatchObject({ exitCode: 2 });
  });
});
