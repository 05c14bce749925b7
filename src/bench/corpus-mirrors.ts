import { execFile } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The real corpus as local mirrors: bare repos `root/OWNER/NAME`, reachable as `baseUrl` + `OWNER/NAME`. */
export interface CorpusMirrors {
  corpusDir: string;
  root: string;
  baseUrl: string;
  /** The old site's manifest (the baseline's input). */
  docsPackageFile: string;
}

/** The real corpus: `SCS_CORPUS_DIR`, or `../shared/corpus` beside the project; undefined when absent. */
export function findCorpus(projectDir: string, env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.SCS_CORPUS_DIR ?? resolve(projectDir, '..', 'shared', 'corpus');
  return existsSync(join(dir, 'materialize.sh')) ? dir : undefined;
}

/** Clones the corpus bundles as bare repos into `dir` with the corpus' own materialize.sh. */
export async function materializeCorpus(corpusDir: string, dir: string): Promise<CorpusMirrors> {
  await mkdir(dir, { recursive: true });
  await run('sh', [join(corpusDir, 'materialize.sh'), dir]);
  return describeMirrors(corpusDir, dir);
}

/** A copy of materialized mirrors that may be changed (new commits) without touching the original. */
export async function copyMirrors(mirrors: CorpusMirrors, dir: string): Promise<CorpusMirrors> {
  await cp(mirrors.root, dir, { recursive: true, verbatimSymlinks: true });
  return describeMirrors(mirrors.corpusDir, dir);
}

function describeMirrors(corpusDir: string, root: string): CorpusMirrors {
  return { corpusDir, root, baseUrl: `${pathToFileURL(root).href}/`, docsPackageFile: join(corpusDir, 'docs.package.json') };
}
