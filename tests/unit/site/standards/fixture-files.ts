import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OutputFile } from '../../../../src/write/types.js';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/standards');

/** The build date the fixtures are written for. */
export const NOW = new Date('2025-06-15T12:00:00Z');

/** The fixture tree as the sync hands it to the generator: documents of `standards`, scope files of `standards-certification`. */
export function loadFixtureFiles(): OutputFile[] {
  return [...readFolder('documents', 'standards', 'standards'), ...readFolder('certification', 'standards/_certification', 'standards-certification')];
}

function readFolder(folder: string, target: string, source: string): OutputFile[] {
  return readdirSync(join(fixtures, folder))
    .sort()
    .map((name) => ({ to: `${target}/${name}`, content: readFileSync(join(fixtures, folder, name)), source }));
}

/** A synced standards document with the given front matter lines. */
export function documentFile(name: string, frontMatter: string): OutputFile {
  return { to: `standards/${name}`, content: Buffer.from(`---\n${frontMatter}\n---\n\n## Text\n`), source: 'standards' };
}
