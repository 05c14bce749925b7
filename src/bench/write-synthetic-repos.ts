import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFastImportStream, type ImportCommit } from './fast-import-stream.js';
import { runGitCommand } from './run-git.js';
import { repoName, SYNTHETIC_BRANCH, SYNTHETIC_OWNER, type SyntheticSite } from './synthetic-layout.js';
import { generateSyntheticRepo, pagesTouchedLater, renderSyntheticManifest } from './synthetic-repo.js';

export interface SyntheticMirrors {
  /** Folder holding OWNER/NAME bare repos; `https://github.com/` maps to `baseUrl`. */
  root: string;
  baseUrl: string;
  /** A repos.yaml for the synthetic site. */
  manifestFile: string;
  docs: number;
}

const FIRST_COMMIT_TIME = 1_735_689_600; // 2025-01-01

/** Generates the synthetic upstream repos as bare repos (history written with git fast-import) and their manifest. */
export async function writeSyntheticMirrors(site: SyntheticSite, dir: string): Promise<SyntheticMirrors> {
  const root = join(dir, 'mirrors');
  for (let repo = 0; repo < site.repos; repo++) await writeSyntheticRepo(site, repo, join(root, SYNTHETIC_OWNER, repoName(repo)));
  const manifestFile = join(dir, 'repos.yaml');
  await writeFile(manifestFile, renderSyntheticManifest(site));
  return { root, baseUrl: `${pathToFileURL(root).href}/`, manifestFile, docs: site.repos * site.docsPerRepo };
}

async function writeSyntheticRepo(site: SyntheticSite, repo: number, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await runGitCommand(dir, ['init', '--quiet', '--bare', `--initial-branch=${SYNTHETIC_BRANCH}`]);
  const files = generateSyntheticRepo(site, repo);
  const touched = new Set(pagesTouchedLater(site));
  const commits: ImportCommit[] = [
    { time: FIRST_COMMIT_TIME + repo * 60, author: 'Ada Author', email: 'ada@example.org', message: 'Import the docs\n', files },
    {
      time: FIRST_COMMIT_TIME + 86_400 + repo * 60,
      author: 'Bo Reviewer',
      email: 'bo@example.org',
      message: 'Clarify some pages\n',
      files: files.filter((f) => touched.has(f.path)).map((f) => ({ path: f.path, content: Buffer.concat([f.content, Buffer.from('\nUpdated after review.\n')]) })),
    },
  ];
  await runGitCommand(dir, ['fast-import', '--quiet'], buildFastImportStream(SYNTHETIC_BRANCH, commits));
  await runGitCommand(dir, ['config', 'uploadpack.allowFilter', 'true']);
  await runGitCommand(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
}
