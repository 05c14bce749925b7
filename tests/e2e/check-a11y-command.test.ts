import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckA11yCommand } from '../../src/site/a11y/check-a11y-command.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';
import { makeReport, makeSource } from '../unit/site/checks/sample-report.js';

afterEach(removeTempDirs);

/** A page as Docusaurus leaves it once hydrated; `body` is its content. */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en" data-has-hydrated="true"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const SITE = {
  'build/sitemap.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>https://docs.example.org/</loc></url><url><loc>https://docs.example.org/docs/guide/pale</loc></url></urlset>`,
  'build/index.html': page('Home', '<p>Readable text.</p>'),
  'build/docs/guide/pale/index.html': page('Pale', '<p style="color:#bbb;background:#fff">Pale grey text on white.</p>'),
  'sync-report.json': JSON.stringify(
    makeReport([makeSource({ id: 'guide', files: [{ from: 'docs/pale.md', to: 'content/docs/guide/pale.md', route: '/docs/guide/pale' }] })]),
  ),
};

async function checkA11y(argv: string[]) {
  const cwd = makeTempDir('scs-checka11y-');
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  const out: string[] = [];
  const io = { cwd, env: process.env, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, now: () => 0 };
  return { exitCode: await runCheckA11yCommand(argv, io), output: out.join('') };
}

describe('npm run check:a11y', () => {
  it('names each violation with its page, scheme, rule, element and upstream file, and exits 1', async () => {
    const { exitCode, output } = await checkA11y(['--build', 'build']);
    expect(exitCode).toBe(1);
    expect(output).toContain('check:a11y: 2 pages × 2 colour schemes');
    for (const scheme of ['light', 'dark']) {
      expect(output).toContain(
        `guide (https://github.com/example-org/guide @0123456) docs/pale.md: error: page /docs/guide/pale (${scheme} scheme): color-contrast:`,
      );
    }
    expect(output).toContain('<p style="color:#bbb;background:#fff">Pale grey text on white.</p>');
    expect(output).not.toMatch(/page \/ \(/); // the readable home page passes
    expect(output).toContain('check:a11y: 2 violations (light 1, dark 1) on 2 pages in 0.0 s');
  });

  it('stops with one message and exit 2 when the build has no sitemap', async () => {
    const { exitCode, output } = await checkA11y(['--build', 'missing']);
    expect(exitCode).toBe(2);
    expect(output).toMatch(/missing: error: the build folder does not exist\n {2}hint: Build the site first/);
  });
});
