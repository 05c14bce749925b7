import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/diagnostics/format.js';
import { describeBuildErrors } from '../../../../src/site/site-checks/describe-build-errors.js';
import { indexPageOrigins } from '../../../../src/site/site-checks/index-page-origins.js';
import { parseBuildErrors } from '../../../../src/site/site-checks/parse-build-errors.js';
import { GUIDE_REPORT } from './sample-report.js';

/** The captured samples come from a site in /srv/site whose sync wrote content/. */
const SITE_DIR = '/srv/site';

function explain(sampleName: string): string {
  const output = readFileSync(new URL(`samples/${sampleName}.txt`, import.meta.url), 'utf8');
  const diagnostics = describeBuildErrors(parseBuildErrors(output), indexPageOrigins(GUIDE_REPORT, SITE_DIR), SITE_DIR);
  return diagnostics.map(formatDiagnostic).join('\n');
}

describe('the upstream origin of what broke the build', () => {
  it('names the repo, commit and upstream file of a page with broken links', () => {
    expect(explain('broken-links')).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a links to /docs/nope: no such page
        hint: Fix the link in the upstream file; if the target page moved, add a redirect in src/site/redirects.ts.
      guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a links to /user-docs/gone: no such page
        hint: Fix the link in the upstream file; if the target page moved, add a redirect in src/site/redirects.ts."
    `);
  });

  it('names the upstream file of each page with a broken anchor', () => {
    expect(explain('broken-anchors')).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a links to /docs/guide/b#no-such-heading: no such heading anchor
        hint: Fix the anchor in the upstream file: heading anchors are the heading text, lowercased, spaces as hyphens.
      guide (https://github.com/example-org/guide @0123456) docs/b.md: error: page /docs/guide/b links to #missing-here: no such heading anchor
        hint: Fix the anchor in the upstream file: heading anchors are the heading text, lowercased, spaces as hyphens."
    `);
  });

  it('maps a broken markdown link from the synced file to the upstream file, once', () => {
    expect(explain('broken-markdown-link')).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/guide @0123456) docs/c.md: error: broken markdown link "./missing.md" (synced file content/docs/guide/c.md:3:3)
        hint: Fix the file link in the upstream file so it points to a file the site imports."
    `);
    expect(explain('broken-markdown-image')).toContain('docs/c.md: error: broken markdown image "./missing.png"');
  });

  it('maps a file that failed to compile, named by its absolute path', () => {
    expect(explain('mdx-syntax-error')).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/guide @0123456) docs/c.mdx: error: page could not be compiled (synced file /srv/site/content/docs/guide/c.mdx): Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
        hint: The upstream file is not valid MDX here; see the Docusaurus error above for the line."
    `);
  });

  it("says so when a page is not from a synced file (the site's own React pages)", () => {
    const origins = indexPageOrigins(GUIDE_REPORT, SITE_DIR);
    const [diagnostic] = describeBuildErrors([{ kind: 'broken-link', page: '/', target: '/docs/start' }], origins, SITE_DIR);
    expect(formatDiagnostic(diagnostic!)).toBe('error: page / (not made from a synced file) links to /docs/start: no such page\n  hint: Fix the link in the upstream file; if the target page moved, add a redirect in src/site/redirects.ts.');
  });

  it('finds index pages whatever their trailing slash', () => {
    const origins = indexPageOrigins(GUIDE_REPORT, SITE_DIR);
    const [diagnostic] = describeBuildErrors([{ kind: 'broken-link', page: '/docs', target: '/x' }], origins, SITE_DIR);
    expect(diagnostic).toMatchObject({ source: 'site', file: 'docs/docs/index.md' });
  });
});
