import { isAbsolute, relative, resolve } from 'node:path';
import type { SourceSpec } from '../manifest/types.js';

/**
 * The sources that are the site's own pages: read from a folder of this project as the manifest says (not
 * a `--local` checkout of an upstream, and not a folder beside the project).
 */
export function ownSourceIds(specs: readonly SourceSpec[], projectDir: string, locals: Readonly<Record<string, string>> = {}): Set<string> {
  const own = specs.filter((spec) => spec.path !== undefined && locals[spec.id] === undefined && isInside(projectDir, resolve(projectDir, spec.path)));
  return new Set(own.map((spec) => spec.id));
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
