import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFastImportStream, type ImportCommit } from './fast-import-stream.js';
import { runGitCommand } from './run-git.js';
import { createRandom } from './synthetic-layout.js';

/**
 * The real upstream repositories hold much more than their docs: cloning the 18 of the old manifest whole
 * checked out 233 MB of working trees to copy 3.85 MB of docs (measured against GitHub in the first round of
 * benchmarks). The corpus keeps only the docs, so this adds that much code back, spread evenly.
 */
export const REAL_WORKING_TREES_BYTES = 233_000_000;

export interface BulkCodePlan {
  /** Bytes of code added to each repository's tip. */
  bytesPerRepo: number;
  /** Commits the code arrives in (history a blobless clone still fetches the trees of). */
  commits: number;
  /** Size of one code file. */
  fileBytes: number;
}

export function planBulkCode(repos: number, totalBytes = REAL_WORKING_TREES_BYTES): BulkCodePlan {
  return { bytesPerRepo: Math.round(totalBytes / repos), commits: 20, fileBytes: 12_000 };
}

const KEYWORDS = ['func', 'return', 'if', 'err', 'nil', 'for', 'range', 'var', 'type', 'struct', 'package', 'import', 'const', 'switch', 'case', 'default', 'defer', 'go'];
const NAMES = ['cluster', 'volume', 'network', 'flavor', 'image', 'registry', 'client', 'server', 'config', 'status', 'request', 'response', 'context', 'handler', 'node', 'pool', 'quota', 'tenant', 'project', 'token'];
const SUFFIXES = ['', 'ID', 'Name', 'List', 'Spec', 'Status', 'Opts', 'Count', 'Ref', 'Map'];

/**
 * One source file of `bytes` bytes, the same for the same seed: identifiers and keywords in lines of code,
 * compressing about as well as real code does (so packs and transfers are of realistic size).
 */
export function syntheticCodeFile(seed: number, bytes: number): Buffer {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const identifier = () => `${pick(NAMES)}${pick(SUFFIXES)}${random() < 0.3 ? Math.floor(random() * 1000) : ''}`;
  const lines: string[] = [`package ${pick(NAMES)}`, ''];
  let size = lines.join('\n').length;
  while (size < bytes) {
    const indent = '\t'.repeat(Math.floor(random() * 3));
    const line = `${indent}${pick(KEYWORDS)} ${identifier()} := ${identifier()}(${identifier()}, "${identifier()}-${Math.floor(random() * 1e6).toString(36)}")`;
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(`${lines.join('\n')}\n`.slice(0, bytes));
}

/** The commits that bring `plan.bytesPerRepo` of code into a repository: new files in each, a few earlier ones changed. */
export function bulkCodeCommits(repoSeed: number, plan: BulkCodePlan, startTime: number): ImportCommit[] {
  const files = Math.max(1, Math.round(plan.bytesPerRepo / plan.fileBytes));
  const perCommit = Math.ceil(files / plan.commits);
  const commits: ImportCommit[] = [];
  for (let c = 0; c < plan.commits; c++) {
    const added = Array.from({ length: Math.min(perCommit, files - c * perCommit) }, (_, i) => c * perCommit + i);
    const changed = c === 0 ? [] : [0, 1, 2].map((i) => (c * 7 + i * 13) % (c * perCommit));
    const paths = [...new Set([...added, ...changed])];
    commits.push({
      time: startTime + c * 3600,
      author: 'Bulk Code',
      email: 'bulk@example.invalid',
      message: `code ${c + 1} of ${plan.commits}`,
      files: paths.map((file) => ({ path: codePath(file), content: syntheticCodeFile(repoSeed * 1_000_003 + file * 31 + (changed.includes(file) ? c : 0), plan.fileBytes) })),
    });
  }
  return commits;
}

/** Code in folders of 40 files, two levels deep, as in a typical Go or Python project. */
function codePath(file: number): string {
  const folder = Math.floor(file / 40);
  return `pkg/${NAMES[folder % NAMES.length]}${Math.floor(folder / NAMES.length)}/${NAMES[file % NAMES.length]}_${file}.go`;
}

/**
 * Adds the bulk code on top of the default branch of every bare repository under `root` (the layout of the
 * corpus mirrors: `root/OWNER/NAME.git`), in the pack fast-import writes (compressed, deltas per path).
 */
export async function addBulkCode(root: string, plan: BulkCodePlan): Promise<{ repos: number; bytes: number }> {
  const repos: string[] = [];
  for (const owner of await readdir(root, { withFileTypes: true })) {
    if (!owner.isDirectory()) continue;
    for (const repo of await readdir(join(root, owner.name), { withFileTypes: true })) {
      if (repo.isDirectory() && repo.name.endsWith('.git')) repos.push(join(root, owner.name, repo.name));
    }
  }
  let seed = 0;
  for (const dir of repos.sort()) {
    const branch = (await runGitCommand(dir, ['symbolic-ref', '--short', 'HEAD'])).trim();
    const tipTime = Number((await runGitCommand(dir, ['log', '-1', '--format=%ct', branch])).trim());
    const stream = buildFastImportStream(branch, bulkCodeCommits(++seed, plan, tipTime + 60), `refs/heads/${branch}^0`);
    await runGitCommand(dir, ['fast-import', '--quiet'], stream);
  }
  return { repos: repos.length, bytes: repos.length * plan.bytesPerRepo };
}
