import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeCodeVersion } from '../../../src/derived-cache/code-version.js';

describe('code version', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const version = () => computeCodeVersion(join(root, 'src'), join(root, 'package-lock.json'));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'code-version-'));
    write('src/transform/rewrite.ts', 'export const a = 1;\n');
    write('src/site/standards/generator.ts', 'export const b = 1;\n');
    write('src/pages/index.tsx', 'export default 1;\n');
    write('package-lock.json', '{"lockfileVersion":3}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes with any code a sync runs, in nested folders too, and with the installed dependencies', () => {
    const before = version();
    expect(version()).toBe(before);
    for (const [path, text] of [
      ['src/site/standards/generator.ts', 'export const b = 2;\n'],
      ['src/write/commit.ts', 'export const c = 1;\n'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}\n'],
    ] as const) {
      const previous = version();
      write(path, text);
      expect(version(), path).not.toBe(previous);
    }
  });

  it("ignores the site's React pages, which the sync never runs", () => {
    const before = version();
    write('src/pages/index.tsx', 'export default 2;\n');
    write('src/theme/SearchBar/index.tsx', 'export default 3;\n');
    expect(version()).toBe(before);
  });

  it('tells a renamed file from the same content elsewhere', () => {
    const before = version();
    rmSync(join(root, 'src/transform/rewrite.ts'));
    write('src/transform/rewrite-links.ts', 'export const a = 1;\n');
    expect(version()).not.toBe(before);
  });
});
