import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../../diagnostics/user-error.js';
import type { BuildFolder } from './resolve-url-path.js';

/** Lists a build folder's files and reads its HTML on demand (each file at most once). */
export async function readBuildFolder(dir: string): Promise<BuildFolder> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    const hint = 'Build the site first: npm run build';
    throw new UserError([{ severity: 'error', code: 'site/no-build', file: dir, message: 'the build folder does not exist', hint }]);
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
  const files = new Set(paths.map((path) => path.split(sep).join('/')));
  const cache = new Map<string, string | undefined>();
  return {
    files,
    read(file) {
      if (!files.has(file)) return undefined;
      if (!cache.has(file)) cache.set(file, readFileSync(join(dir, file), 'utf8'));
      return cache.get(file);
    },
  };
}
