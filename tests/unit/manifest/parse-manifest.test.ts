import { describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../../../src/diagnostics/user-error.js';
import { MANIFEST_DEFAULTS, parseManifest } from '../../../src/manifest/index.js';
import { manifestWith, problemsOf } from './manifest-test-helpers.js';

function catchUserError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parseManifest', () => {
  it('fills a minimal entry with the documented defaults', () => {
    const manifest = parseManifest(manifestWith(), 'repos.yaml');
    expect(manifest).toEqual({
      file: 'repos.yaml',
      sources: [
        {
          id: 'demo',
          repo: 'https://github.com/example-org/demo',
          include: ['docs/**/*.md'],
          exclude: [...MANIFEST_DEFAULTS.exclude],
          base: MANIFEST_DEFAULTS.base,
          target: 'docs/demo',
          trusted: MANIFEST_DEFAULTS.trusted,
          location: { line: 2, column: 5 },
        },
      ],
    });
    expect(MANIFEST_DEFAULTS).toEqual({ exclude: [], base: '', trusted: false });
  });

  it('keeps every optional key a user sets', () => {
    const text = manifestWith({
      repo: 'ssh://git@git.example.org/docs/handbook.git',
      path: 'vendor/handbook',
      ref: 'v1.2.0',
      exclude: '["docs/drafts/**"]',
      base: 'docs',
      label: 'Handbook',
      position: '3',
      trusted: 'true',
    });
    const [source] = parseManifest(text, 'repos.yaml').sources;
    expect(source).toMatchObject({
      repo: 'ssh://git@git.example.org/docs/handbook.git',
      path: 'vendor/handbook',
      ref: 'v1.2.0',
      exclude: ['docs/drafts/**'],
      base: 'docs',
      label: 'Handbook',
      position: 3,
      trusted: true,
    });
  });

  it('normalises harmless spellings of paths and globs', () => {
    const text = manifestWith({ path: './site/', include: '["./docs/*.md", "!./docs/x.md"]', base: './docs/', target: 'docs/demo/' });
    const [source] = parseManifest(text, 'repos.yaml').sources;
    expect(source).toMatchObject({ path: 'site', include: ['docs/*.md', '!docs/x.md'], base: 'docs', target: 'docs/demo' });
  });

  it('accepts "." as target for a source that reads a local working tree', () => {
    const [source] = parseManifest(manifestWith({ repo: undefined, path: 'docs', target: '.' }), 'repos.yaml').sources;
    expect(source).toMatchObject({ path: 'docs', target: '.' });
    expect(source?.repo).toBeUndefined();
  });

  it('accepts an empty source list', () => {
    expect(parseManifest('sources: []\n', 'repos.yaml').sources).toEqual([]);
  });

  it('records where each entry starts', () => {
    const text = `${manifestWith()}\n  - id: second\n    repo: example-org/second\n    include: ["*.md"]\n    target: community\n`;
    expect(parseManifest(text, 'repos.yaml').sources.map((s) => s.location)).toEqual([
      { line: 2, column: 5 },
      { line: 7, column: 5 },
    ]);
  });

  it('reports every problem at once, in file order, as a UserError with exit code 2', () => {
    const text = manifestWith({ id: 'Demo', ref: 'a..b', include: '"docs/*.md"', colour: 'blue' });
    const error = catchUserError(() => parseManifest(text, 'config/repos.yaml'));
    expect(error.exitCode).toBe(2);
    expect(error.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['manifest/invalid-id', 2, 9],
      ['manifest/wrong-type', 4, 14],
      ['manifest/invalid-ref', 6, 10],
      ['manifest/unknown-key', 7, 5],
    ]);
    expect(error.diagnostics.every((d) => d.severity === 'error' && d.file === 'config/repos.yaml' && d.hint)).toBe(true);
  });

  it('names the entry and its repository in diagnostics about it', () => {
    const error = catchUserError(() => parseManifest(manifestWith({ ref: 'bad ref' }), 'repos.yaml'));
    expect(error.diagnostics[0]).toMatchObject({ source: 'demo', repo: 'https://github.com/example-org/demo' });
  });

  it('keeps credentials out of diagnostics', () => {
    const error = catchUserError(() => parseManifest(manifestWith({ repo: 'http://user:s3cret@git.example.org/docs.git' }), 'repos.yaml'));
    expect(JSON.stringify(error.diagnostics)).not.toContain('s3cret');
    expect(error.diagnostics[0]?.message).toContain('http://git.example.org/docs.git');
  });
});
