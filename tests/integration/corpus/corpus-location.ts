import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The real corpus: `SCS_CORPUS_DIR`, or `../shared/corpus` beside the project. Absent on a user's machine. */
export function findCorpus(projectDir: string): string | undefined {
  const dir = process.env.SCS_CORPUS_DIR ?? resolve(projectDir, '..', 'shared', 'corpus');
  return existsSync(join(dir, 'materialize.sh')) ? dir : undefined;
}

/** The docs-toolchain sample repos: `SCS_DIALECTS_DIR`, or `../shared/dialects` beside the project. */
export function findDialects(projectDir: string): string | undefined {
  const dir = process.env.SCS_DIALECTS_DIR ?? resolve(projectDir, '..', 'shared', 'dialects');
  return existsSync(join(dir, 'materialize.sh')) ? dir : undefined;
}

/** Materializes the bundles (of one or more corpora) as bare repos and returns git env that redirects github.com to them. */
export function materializeCorpus(...corpora: string[]): { mirrors: string; env: Record<string, string> } {
  const mirrors = mkdtempSync(join(tmpdir(), 'scs-corpus-'));
  for (const corpus of corpora) execFileSync('sh', [join(corpus, 'materialize.sh'), mirrors], { stdio: 'ignore' });
  return {
    mirrors,
    env: {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `url.file://${mirrors}/.insteadOf`,
      GIT_CONFIG_VALUE_0: 'https://github.com/',
    },
  };
}
